package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find seminars and to follow their relations. */
@GraphQLApi
public class SeminarQueries {

    private final GraphReads reads;

    SeminarQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One seminar by id; null when there is none.")
    public Seminar seminar(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.SEMINAR, id, Seminar::from);
    }

    @Query
    @NonNull
    @Description("All seminars, the most recent first.")
    public Connection<Seminar> seminars(
            @Description("The order; the most recent first when left out.") SeminarOrder orderBy) {
        return reads.page(NetworkModel.SEMINAR, null, orderBy, Seminar::from);
    }

    @NonNull
    @Description("Organisations that organise this seminar.")
    public Connection<Organisation> organisers(@Source Seminar seminar) {
        return reads.relatedPage(seminar, Organisation::from);
    }

    @NonNull
    @Description("Organisations that contribute to this seminar.")
    public Connection<Organisation> contributors(@Source Seminar seminar) {
        return reads.relatedPage(seminar, Organisation::from);
    }

    @NonNull
    @Description("The sessions of this seminar.")
    public Connection<Session> sessions(@Source Seminar seminar) {
        return reads.relatedPage(seminar, Session::from);
    }

    @NonNull
    @Description("Everyone who presents a session at this seminar.")
    public Connection<Speaker> speakers(@Source Seminar seminar) {
        return reads.relatedPage(seminar, Speaker::from);
    }

    @NonNull
    @Description("Practices shared at this seminar.")
    public Connection<Practice> practices(@Source Seminar seminar) {
        return reads.relatedPage(seminar, Practice::from);
    }

    @NonNull
    @Description("Themes this seminar is about.")
    public Connection<Theme> themes(@Source Seminar seminar) {
        return reads.relatedPage(seminar, Theme::from);
    }

    @NonNull
    @Description("Documents in which this seminar is described.")
    public Connection<SourceDocument> sources(@Source Seminar seminar) {
        return reads.relatedPage(seminar, SourceDocument::from);
    }
}
