package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find organisations. */
@GraphQLApi
public class OrganisationQueries {

    private final GraphReads reads;

    OrganisationQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One organisation by id; null when there is none.")
    public Organisation organisation(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.ORGANISATION, id, Organisation.class);
    }

    @Query
    @NonNull
    @Description("All organisations, ordered by name.")
    public Connection<Organisation> organisations() {
        return reads.page(NetworkModel.ORGANISATION, Organisation.class);
    }
}
