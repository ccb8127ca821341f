package nl.veiligegemeente.discovery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.graph.read.NodeFilter;
import nl.veiligegemeente.network.ApproachFilter;

/** The GraphQL field that counts a filtered list of approaches per facet, for filter sidebars. */
@GraphQLApi
public class FacetQueries {

    private final GraphReads reads;

    FacetQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @NonNull
    @Description("Counts of the approaches that pass the filter, per theme, target group, province, kind, status and "
            + "evidence level: everything a filter sidebar needs, in one request.")
    public ApproachFacets facets(@Description("The current filter; all published approaches when left out.") ApproachFilter filter) {
        var rows = reads.read(() -> FacetPlanner.approachFacets(reads.model(), filter == null ? NodeFilter.ALL : filter));
        return ApproachFacets.from(rows.get(0).asMap());
    }
}
