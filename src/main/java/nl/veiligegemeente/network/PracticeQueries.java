package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find practices. */
@GraphQLApi
public class PracticeQueries {

    private final GraphReads reads;

    PracticeQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One practice by id; null when there is none or it was retracted.")
    public Practice practice(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.PRACTICE, id, Practice.class);
    }

    @Query
    @NonNull
    @Description("All shared practices, ordered by title.")
    public Connection<Practice> practices() {
        return reads.page(NetworkModel.PRACTICE, Practice.class);
    }
}
