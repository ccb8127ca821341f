package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find sessions. */
@GraphQLApi
public class SessionQueries {

    private final GraphReads reads;

    SessionQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One session by id; null when there is none.")
    public Session session(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.SESSION, id, Session.class);
    }

    @Query
    @NonNull
    @Description("All sessions, ordered by title.")
    public Connection<Session> sessions(
            @Description("Which sessions; all when left out.") SessionFilter filter,
            @Description("The order; by title when left out.") SessionOrder orderBy) {
        return reads.page(NetworkModel.SESSION, filter, orderBy, Session.class);
    }
}
