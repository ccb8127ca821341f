package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find target groups. */
@GraphQLApi
public class TargetGroupQueries {

    private final GraphReads reads;

    TargetGroupQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One target group by id; null when there is none.")
    public TargetGroup targetGroup(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.TARGET_GROUP, id, TargetGroup.class);
    }

    @Query
    @NonNull
    @Description("All target groups, ordered by name.")
    public Connection<TargetGroup> targetGroups() {
        return reads.page(NetworkModel.TARGET_GROUP, TargetGroup.class);
    }
}
