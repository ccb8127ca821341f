package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find organisations and to follow their relations. */
@GraphQLApi
public class OrganisationQueries {

    private final GraphReads reads;

    OrganisationQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One organisation by id; null when there is none.")
    public Organisation organisation(@NonNull @Id @Description("Its id (a slug).") String id) {
        return reads.one(NetworkModel.ORGANISATION, id, Organisation::from);
    }

    @Query
    @NonNull
    @Description("All organisations, ordered by name.")
    public Connection<Organisation> organisations() {
        return reads.page(NetworkModel.ORGANISATION, Organisation::from);
    }

    @NonNull
    @Description("Speakers who work for this organisation.")
    public Connection<Speaker> speakers(@Source Organisation organisation) {
        return reads.relatedPage(organisation, Speaker::from);
    }

    @NonNull
    @Description("Seminars this organisation organises.")
    public Connection<Seminar> organisedSeminars(@Source Organisation organisation) {
        return reads.relatedPage(organisation, Seminar::from);
    }

    @NonNull
    @Description("Seminars this organisation contributes to.")
    public Connection<Seminar> contributedSeminars(@Source Organisation organisation) {
        return reads.relatedPage(organisation, Seminar::from);
    }

    @NonNull
    @Description("Documents in which this organisation is described.")
    public Connection<SourceDocument> sources(@Source Organisation organisation) {
        return reads.relatedPage(organisation, SourceDocument::from);
    }
}
