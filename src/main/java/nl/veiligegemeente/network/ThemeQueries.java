package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find themes and to follow their relations. */
@GraphQLApi
public class ThemeQueries {

    private final GraphReads reads;

    ThemeQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One theme by id; null when there is none.")
    public Theme theme(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.THEME, id, Theme::from);
    }

    @Query
    @NonNull
    @Description("All themes, ordered by name.")
    public Connection<Theme> themes() {
        return reads.page(NetworkModel.THEME, Theme::from);
    }

    @NonNull
    @Description("Approaches that address this theme.")
    public Connection<Approach> approaches(@Source Theme theme) {
        return reads.relatedPage(theme, Approach::from);
    }

    @NonNull
    @Description("Municipalities working on this theme through their approaches.")
    public Connection<Municipality> municipalities(@Source Theme theme) {
        return reads.relatedPage(theme, Municipality::from);
    }

    @NonNull
    @Description("Seminar sessions that covered this theme.")
    public Connection<Session> sessions(@Source Theme theme) {
        return reads.relatedPage(theme, Session::from);
    }

    @NonNull
    @Description("Seminars about this theme.")
    public Connection<Seminar> seminars(@Source Theme theme) {
        return reads.relatedPage(theme, Seminar::from);
    }

    @NonNull
    @Description("Documents in which this theme is described.")
    public Connection<SourceDocument> sources(@Source Theme theme) {
        return reads.relatedPage(theme, SourceDocument::from);
    }
}
