package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find approaches and to follow their relations. */
@GraphQLApi
public class ApproachQueries {

    private final GraphReads reads;

    ApproachQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One approach by id; null when there is none or it was retracted.")
    public Approach approach(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.APPROACH, id, Approach::from);
    }

    @Query
    @NonNull
    @Description("All published approaches, ordered by title.")
    public Connection<Approach> approaches(
            @Description("Which approaches; all published ones when left out.") ApproachFilter filter,
            @Description("The order; by title when left out.") ApproachOrder orderBy) {
        return reads.page(NetworkModel.APPROACH, filter, orderBy, Approach::from);
    }

    @Description("The municipality that runs this approach.")
    public Municipality municipality(@Source Approach approach) {
        return reads.relatedOne(approach, Municipality::from);
    }

    @NonNull
    @Description("The areas this approach is aimed at.")
    public Connection<Area> areas(@Source Approach approach) {
        return reads.relatedPage(approach, Area::from);
    }

    @NonNull
    @Description("The themes this approach addresses.")
    public Connection<Theme> themes(@Source Approach approach) {
        return reads.relatedPage(approach, Theme::from);
    }

    @NonNull
    @Description("The groups this approach aims at.")
    public Connection<TargetGroup> targetGroups(@Source Approach approach) {
        return reads.relatedPage(approach, TargetGroup::from);
    }

    @NonNull
    @Description("Seminar sessions that covered this approach.")
    public Connection<Session> sessions(@Source Approach approach) {
        return reads.relatedPage(approach, Session::from);
    }

    @NonNull
    @Description("Practices and lessons derived from this approach.")
    public Connection<Practice> practices(@Source Approach approach) {
        return reads.relatedPage(approach, Practice::from);
    }

    @NonNull
    @Description("Documents in which this approach is described.")
    public Connection<SourceDocument> sources(@Source Approach approach) {
        return reads.relatedPage(approach, SourceDocument::from);
    }
}
