package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find sources. */
@GraphQLApi
public class SourceQueries {

    private final GraphReads reads;

    SourceQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One source by id; null when there is none.")
    public SourceDocument source(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.SOURCE, id, SourceDocument.class);
    }

    @Query
    @NonNull
    @Description("All sources, the most recently published first.")
    public Connection<SourceDocument> sources() {
        return reads.page(NetworkModel.SOURCE, SourceDocument.class);
    }
}
