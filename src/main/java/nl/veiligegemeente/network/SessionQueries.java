package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find sessions and to follow their relations. */
@GraphQLApi
public class SessionQueries {

    private final GraphReads reads;

    SessionQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One session by id; null when there is none.")
    public Session session(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.SESSION, id, Session::from);
    }

    @Query
    @NonNull
    @Description("All sessions, ordered by title.")
    public Connection<Session> sessions(
            @Description("Which sessions; all when left out.") SessionFilter filter,
            @Description("The order; by title when left out.") SessionOrder orderBy) {
        return reads.page(NetworkModel.SESSION, filter, orderBy, Session::from);
    }

    @Description("The seminar this session is part of.")
    public Seminar seminar(@Source Session session) {
        return reads.relatedOne(session, Seminar::from);
    }

    @NonNull
    @Description("Who presents this session.")
    public Connection<Speaker> speakers(@Source Session session) {
        return reads.relatedPage(session, Speaker::from);
    }

    @NonNull
    @Description("Approaches this session covers.")
    public Connection<Approach> approaches(@Source Session session) {
        return reads.relatedPage(session, Approach::from);
    }

    @NonNull
    @Description("Themes this session covers.")
    public Connection<Theme> themes(@Source Session session) {
        return reads.relatedPage(session, Theme::from);
    }

    @NonNull
    @Description("Documents in which this session is described.")
    public Connection<SourceDocument> sources(@Source Session session) {
        return reads.relatedPage(session, SourceDocument::from);
    }
}
