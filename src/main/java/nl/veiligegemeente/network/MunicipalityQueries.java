package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find municipalities. */
@GraphQLApi
public class MunicipalityQueries {

    private final GraphReads reads;

    MunicipalityQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One municipality by its CBS code (GM + 4 digits); null when the network does not know it.")
    public Municipality municipality(@NonNull @Id @Description("CBS code (GM followed by four digits), or its global id.") String code) {
        return reads.one(NetworkModel.MUNICIPALITY, code, Municipality.class);
    }

    @Query
    @NonNull
    @Description("All municipalities in the network, ordered by name.")
    public Connection<Municipality> municipalities(
            @Description("Which municipalities; all when left out.") MunicipalityFilter filter,
            @Description("The order; by name when left out.") MunicipalityOrder orderBy) {
        return reads.page(NetworkModel.MUNICIPALITY, filter, orderBy, Municipality.class);
    }
}
