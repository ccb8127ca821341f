package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.network.TestModel.MODEL;
import static nl.veiligegemeente.support.CypherSnapshots.assertMatchesSnapshot;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.graph.read.ListArguments;
import nl.veiligegemeente.graph.read.NodeFilter;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.support.SelectedFields;

/** The one statement behind {@code facets}, with and without a filter, pinned under {@code cypher/discovery/}. */
class FacetPlannerCypherTest {

    @Test
    void facetsOfEveryApproach() {
        assertMatchesSnapshot("discovery/facets-all", FacetPlanner.approachFacets(MODEL, NodeFilter.ALL));
    }

    @Test
    void facetsOfAFilteredList() {
        var root = SelectedFields.root("""
                { facets(filter: {themes: {anyOf: ["ondermijning"]}, statuses: [ACTIVE]}) { totalCount } }""");
        var filter = ListArguments.filter(NetworkModel.APPROACH, root.arguments());
        assertMatchesSnapshot("discovery/facets-filtered", FacetPlanner.approachFacets(MODEL, filter));
    }
}
