package nl.veiligegemeente.network;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;

/** The GraphQL fields to find municipalities and to follow their relations. */
@GraphQLApi
public class MunicipalityQueries {

    private final GraphReads reads;

    MunicipalityQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @Description("One municipality by its CBS code (GM + 4 digits); null when the network does not know it.")
    public Municipality municipality(@NonNull @Id @Description("CBS code: GM followed by four digits.") String code) {
        return reads.one(NetworkModel.MUNICIPALITY, code, Municipality::from);
    }

    @Query
    @NonNull
    @Description("All municipalities in the network, ordered by name.")
    public Connection<Municipality> municipalities(
            @Description("Which municipalities; all when left out.") MunicipalityFilter filter,
            @Description("The order; by name when left out.") MunicipalityOrder orderBy) {
        return reads.page(NetworkModel.MUNICIPALITY, filter, orderBy, Municipality::from);
    }

    @NonNull
    @Description("The approaches this municipality runs.")
    public Connection<Approach> approaches(@Source Municipality municipality) {
        return reads.relatedPage(municipality, Approach::from);
    }

    @NonNull
    @Description("Districts, neighbourhoods and hotspots within this municipality.")
    public Connection<Area> areas(@Source Municipality municipality) {
        return reads.relatedPage(municipality, Area::from);
    }

    @NonNull
    @Description("Practices and lessons this municipality shared.")
    public Connection<Practice> practices(@Source Municipality municipality) {
        return reads.relatedPage(municipality, Practice::from);
    }

    @NonNull
    @Description("Themes this municipality works on through its approaches.")
    public Connection<Theme> themes(@Source Municipality municipality) {
        return reads.relatedPage(municipality, Theme::from);
    }

    @NonNull
    @Description("Documents in which this municipality is described.")
    public Connection<SourceDocument> sources(@Source Municipality municipality) {
        return reads.relatedPage(municipality, SourceDocument::from);
    }
}
