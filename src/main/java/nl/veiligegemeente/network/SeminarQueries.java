package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find seminars. */
@GraphQLApi
public class SeminarQueries {

    private final GraphReads reads;

    SeminarQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One seminar by id; null when there is none.")
    public Seminar seminar(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.SEMINAR, id, Seminar.class);
    }

    @Query
    @NonNull
    @Description("All seminars, the most recent first.")
    public Connection<Seminar> seminars(
            @Description("The order; the most recent first when left out.") SeminarOrder orderBy) {
        return reads.page(NetworkModel.SEMINAR, null, orderBy, Seminar.class);
    }
}
