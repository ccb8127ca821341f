package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find speakers and to follow their relations. */
@GraphQLApi
public class SpeakerQueries {

    private final GraphReads reads;

    SpeakerQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One speaker by id; null when there is none.")
    public Speaker speaker(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.SPEAKER, id, Speaker::from);
    }

    @Query
    @NonNull
    @Description("All speakers, ordered by name.")
    public Connection<Speaker> speakers(
            @Description("Which speakers; all when left out.") SpeakerFilter filter,
            @Description("The order; by name when left out.") SpeakerOrder orderBy) {
        return reads.page(NetworkModel.SPEAKER, filter, orderBy, Speaker::from);
    }

    @Description("The organisation the speaker works for.")
    public Organisation organisation(@Source Speaker speaker) {
        return reads.relatedOne(speaker, Organisation::from);
    }

    @NonNull
    @Description("Sessions the speaker presents.")
    public Connection<Session> sessions(@Source Speaker speaker) {
        return reads.relatedPage(speaker, Session::from);
    }

    @NonNull
    @Description("Seminars the speaker presents at.")
    public Connection<Seminar> seminars(@Source Speaker speaker) {
        return reads.relatedPage(speaker, Seminar::from);
    }

    @NonNull
    @Description("Documents in which this speaker is described.")
    public Connection<SourceDocument> sources(@Source Speaker speaker) {
        return reads.relatedPage(speaker, SourceDocument::from);
    }
}
