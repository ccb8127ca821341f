package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find areas. */
@GraphQLApi
public class AreaQueries {

    private final GraphReads reads;

    AreaQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One area by id; null when there is none.")
    public Area area(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.AREA, id, Area.class);
    }

    @Query
    @NonNull
    @Description("All areas, ordered by name.")
    public Connection<Area> areas() {
        return reads.page(NetworkModel.AREA, Area.class);
    }
}
