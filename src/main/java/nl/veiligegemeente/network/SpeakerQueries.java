package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find speakers. */
@GraphQLApi
public class SpeakerQueries {

    private final GraphReads reads;

    SpeakerQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One speaker by id; null when there is none.")
    public Speaker speaker(@NonNull @Id @Description("Its id (global) or its slug.") String id) {
        return reads.one(NetworkModel.SPEAKER, id, Speaker.class);
    }

    @Query
    @NonNull
    @Description("All speakers, ordered by name.")
    public Connection<Speaker> speakers(
            @Description("Which speakers; all when left out.") SpeakerFilter filter,
            @Description("The order; by name when left out.") SpeakerOrder orderBy) {
        return reads.page(NetworkModel.SPEAKER, filter, orderBy, Speaker.class);
    }
}
