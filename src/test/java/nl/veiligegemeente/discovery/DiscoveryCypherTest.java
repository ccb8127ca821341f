package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.network.TestModel.MODEL;
import static nl.veiligegemeente.support.CypherSnapshots.assertMatchesSnapshot;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.graph.read.Cursor;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.support.SelectedFields;

/**
 * The one statement behind {@code search} and behind the rankings, for representative selections,
 * pinned under {@code cypher/discovery/}: a change to what they read shows as a changed snapshot.
 */
class DiscoveryCypherTest {

    @Test
    void searchReadsOnlyTheSelectedFieldsOfEachKindOfHit() {
        var root = SelectedFields.root("""
                { search(text: "criminele families", types: [APPROACH, THEME], first: 5) { totalCount
                    nodes { score type item { ... on Approach { title municipality { name } } ... on Theme { name } } } } }""");
        assertMatchesSnapshot("discovery/search-first-page", search(root, List.of(SearchType.APPROACH, SearchType.THEME)));
    }

    @Test
    void searchAfterACursorWithSnippets() {
        var cursor = new Cursor("SearchHit.relevance", List.of(1.5, "Approach", "aanpak-x")).encode();
        var root = SelectedFields.root("""
                { search(text: "ondermijning", first: 3, after: "%s") { pageInfo { hasPreviousPage }
                    edges { cursor node { snippet item { ... on Approach { title } } } } } }""".formatted(cursor));
        assertMatchesSnapshot("discovery/search-after-cursor", search(root, null));
    }

    @Test
    void similarApproachesReadTheSelectedReasonsOnlyForTheRowsReturned() {
        var root = SelectedFields.root("""
                { similarApproaches(id: "aanpak-criminele-families-maastricht", first: 3) { score
                    approach { title } reasons { themes { name } areaKinds } } }""");
        assertMatchesSnapshot("discovery/similar-approaches", ApproachRanking.statement(MODEL, Similarity.RANKING,
                root.arguments().get("id"), 3, root.selection()));
    }

    @Test
    void recommendedApproaches() {
        var root = SelectedFields.root("""
                { recommendedApproaches(municipality: "GM0935") { score approach { title } reasons { newTargetGroups { name } } } }""");
        assertMatchesSnapshot("discovery/recommended-approaches", ApproachRanking.statement(MODEL,
                Recommendations.RANKING, root.arguments().get("municipality"), null, root.selection()));
    }

    private static org.neo4j.cypherdsl.core.Statement search(SelectedFields.RootField root, List<SearchType> types) {
        var request = Search.request((String) root.arguments().get("text"), types, PageArgs.of(root.arguments()));
        return Search.statement(MODEL, request, root.selection());
    }
}
