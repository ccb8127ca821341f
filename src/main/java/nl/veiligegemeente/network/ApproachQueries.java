package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find approaches. */
@GraphQLApi
public class ApproachQueries {

    private final GraphReads reads;

    ApproachQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One approach by id; null when there is none or it was retracted.")
    public Approach approach(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.APPROACH, id, Approach.class);
    }

    @Query
    @NonNull
    @Description("All published approaches, ordered by title.")
    public Connection<Approach> approaches(
            @Description("Which approaches; all published ones when left out.") ApproachFilter filter,
            @Description("The order; by title when left out.") ApproachOrder orderBy) {
        return reads.page(NetworkModel.APPROACH, filter, orderBy, Approach.class);
    }
}
