package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find areas and to follow their relations. */
@GraphQLApi
public class AreaQueries {

    private final GraphReads reads;

    AreaQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One area by id; null when there is none.")
    public Area area(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.AREA, id, Area::from);
    }

    @Query
    @NonNull
    @Description("All areas, ordered by name.")
    public Connection<Area> areas() {
        return reads.page(NetworkModel.AREA, Area::from);
    }

    @Description("The municipality this area lies in.")
    public Municipality municipality(@Source Area area) {
        return reads.relatedOne(area, Municipality::from);
    }

    @Description("The larger area this area is part of, if any.")
    public Area partOf(@Source Area area) {
        return reads.relatedOne(area, Area::from);
    }

    @NonNull
    @Description("Smaller areas within this area.")
    public Connection<Area> parts(@Source Area area) {
        return reads.relatedPage(area, Area::from);
    }

    @NonNull
    @Description("Approaches aimed at this area.")
    public Connection<Approach> approaches(@Source Area area) {
        return reads.relatedPage(area, Approach::from);
    }

    @NonNull
    @Description("Documents in which this area is described.")
    public Connection<SourceDocument> sources(@Source Area area) {
        return reads.relatedPage(area, SourceDocument::from);
    }
}
