package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find sources and to follow their relations. */
@GraphQLApi
public class SourceQueries {

    private final GraphReads reads;

    SourceQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One source by id; null when there is none.")
    public SourceDocument source(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.SOURCE, id, SourceDocument::from);
    }

    @Query
    @NonNull
    @Description("All sources, the most recently published first.")
    public Connection<SourceDocument> sources() {
        return reads.page(NetworkModel.SOURCE, SourceDocument::from);
    }

    @NonNull
    @Description("Approaches described in this document.")
    public Connection<Approach> approaches(@Source SourceDocument source) {
        return reads.relatedPage(source, Approach::from);
    }

    @NonNull
    @Description("Practices described in this document.")
    public Connection<Practice> practices(@Source SourceDocument source) {
        return reads.relatedPage(source, Practice::from);
    }

    @NonNull
    @Description("Seminars described in this document.")
    public Connection<Seminar> seminars(@Source SourceDocument source) {
        return reads.relatedPage(source, Seminar::from);
    }

    @NonNull
    @Description("Sessions described in this document.")
    public Connection<Session> sessions(@Source SourceDocument source) {
        return reads.relatedPage(source, Session::from);
    }

    @NonNull
    @Description("Speakers described in this document.")
    public Connection<Speaker> speakers(@Source SourceDocument source) {
        return reads.relatedPage(source, Speaker::from);
    }

    @NonNull
    @Description("Organisations described in this document.")
    public Connection<Organisation> organisations(@Source SourceDocument source) {
        return reads.relatedPage(source, Organisation::from);
    }

    @NonNull
    @Description("Municipalities described in this document.")
    public Connection<Municipality> municipalities(@Source SourceDocument source) {
        return reads.relatedPage(source, Municipality::from);
    }

    @NonNull
    @Description("Areas described in this document.")
    public Connection<Area> areas(@Source SourceDocument source) {
        return reads.relatedPage(source, Area::from);
    }

    @NonNull
    @Description("Themes described in this document.")
    public Connection<Theme> themes(@Source SourceDocument source) {
        return reads.relatedPage(source, Theme::from);
    }

    @NonNull
    @Description("Target groups described in this document.")
    public Connection<TargetGroup> targetGroups(@Source SourceDocument source) {
        return reads.relatedPage(source, TargetGroup::from);
    }
}
