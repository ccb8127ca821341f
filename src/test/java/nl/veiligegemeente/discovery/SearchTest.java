package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import nl.veiligegemeente.support.GraphQLTest;

/** Full-text search in Dutch: stemming, near matches, typed hits with snippets, exact keyset paging. */
@GraphQLTest
class SearchTest extends FixtureNetworkTest {

    private static final String SEARCH = """
            query($text: String!, $types: [SearchType!], $first: Int, $after: String) {
              search(text: $text, types: $types, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node {
                  score type snippet snippetField
                  item {
                    __typename
                    ... on Approach { slug title municipality { name } themes { nodes { name } } }
                    ... on Theme { slug name }
                    ... on Practice { slug }
                    ... on Municipality { code }
                  }
                } }
              } }""";

    @Test
    void familiesFindsMaastrichtsApproachWithItsFieldsAndASnippet() {
        var hits = search(Map.of("text", "families", "types", List.of("APPROACH")));
        var maastricht = hitOf(hits, "aanpak-criminele-families-maastricht");
        assertThat(maastricht.get("type")).isEqualTo("APPROACH");
        assertThat((String) maastricht.get("snippet")).contains("criminele families");
        assertThat(maastricht.get("snippetField")).isEqualTo("title");
        var item = item(maastricht);
        assertThat(item.get("title")).isEqualTo("Aanpak van criminele families");
        assertThat(item).extractingByKey("municipality").isEqualTo(Map.of("name", "Maastricht"));
    }

    @Test
    void familiesAlsoFindsFamilieAndTheSnippetShowsIt() {
        var hits = search(Map.of("text", "families", "types", List.of("APPROACH")));
        var anchor = hitOf(hits, DiscoveryFixtures.ANCHOR);
        assertThat(anchor.get("snippetField")).isEqualTo("summary");
        assertThat((String) anchor.get("snippet")).contains("elke familie in de straat");
        assertThat((double) (Float) anchor.get("score"))
                .isLessThan((Float) hitOf(hits, "aanpak-criminele-families-maastricht").get("score"));
    }

    @Test
    void preventiefFindsTheThemePreventie() {
        var hits = search(Map.of("text", "preventief", "types", List.of("THEME")));
        assertThat(item(hitOf(hits, "preventie")).get("name")).isEqualTo("Preventie");
        assertThat(hits.getList("edges.node.type", String.class)).containsOnly("THEME");
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() {
        var hits = search(Map.of("text", "kind", "types", List.of("APPROACH")));
        assertThat((String) hitOf(hits, "aanpak-criminele-families-maastricht").get("snippet")).contains("kinderen");
    }

    @Test
    void retractedApproachesNeverAppear() {
        var ids = search(Map.of("text", "woonfraude familie wijkveiligheid ingetrokken", "first", 100))
                .getList("edges.node.item.slug", String.class);
        assertThat(ids).contains(DiscoveryFixtures.ANCHOR, "fixture-aanpak-beekveld")
                .doesNotContain("fixture-aanpak-fluitenberg-ingetrokken", "fixture-aanpak-aadorp-ingetrokken",
                        "fixture-aanpak-ijsselmonde-ingetrokken");
    }

    @Test
    void hitsAreOfTheRequestedTypes() {
        var hits = search(Map.of("text", "woonfraude", "types", List.of("THEME", "MUNICIPALITY")));
        assertThat(hits.getList("edges.node.item.__typename", String.class)).containsExactly("Theme");
        assertThat(hits.getList("edges.node.item.slug", String.class)).containsExactly("fixture-thema-woonfraude");
        var everything = search(Map.of("text", "woonfraude", "first", 100));
        assertThat(everything.getList("edges.node.type", String.class)).contains("THEME", "APPROACH");
    }

    @Test
    void pagingVisitsEveryHitOnceInRelevanceOrder() {
        var seen = new ArrayList<String>();
        var scores = new ArrayList<Float>();
        String after = null;
        var pages = 0;
        do {
            var variables = new HashMap<String, Object>(Map.of("text", "wijkveiligheid", "first", 7));
            variables.put("after", after);
            var page = search(variables);
            pages++;
            assertThat(page.getInt("totalCount")).isEqualTo(DiscoveryFixtures.NUMBERED);
            assertThat(page.getBoolean("pageInfo.hasPreviousPage")).isEqualTo(after != null);
            seen.addAll(page.getList("edges.node.item.slug", String.class));
            scores.addAll(page.getList("edges.node.score", Float.class));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null && pages < 20);
        assertThat(pages).isEqualTo(6);
        assertThat(seen).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, DiscoveryFixtures.NUMBERED)
                        .mapToObj(DiscoveryFixtures::numbered).toList());
        for (var i = 1; i < seen.size(); i++) {
            assertThat(scores.get(i)).isLessThanOrEqualTo(scores.get(i - 1));
            if (scores.get(i).equals(scores.get(i - 1))) {
                assertThat(seen.get(i)).isGreaterThan(seen.get(i - 1));
            }
        }
        assertThat(scores.get(0)).isGreaterThan(scores.get(scores.size() - 1));
    }

    @Test
    void luceneSyntaxInTheTextIsSearchedForNeverInterpreted() {
        for (var text : List.of("woonfraude) OR title:(*", "\"", "\\", "AND", "NOT woonfraude", "[a TO z]", "*", "?",
                "~", "title:woonfraude", "&& || !", "/fraude.*/", "woonfraude^100", "{}", "-", "+")) {
            graphql(SEARCH, Map.of("text", text))
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.search.totalCount", notNullValue());
        }
    }

    @Test
    void anEmptyOrOverlongTextIsRejected() {
        graphql(SEARCH, Map.of("text", "   "))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("'text' is empty"));
        graphql(SEARCH, Map.of("text", "woord ".repeat(21)))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("at most 20"));
        graphql(SEARCH, Map.of("text", "x".repeat(201)))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void aCursorOfAnotherListIsRejected() {
        var themeCursor = graphql("{ themes(first: 1) { edges { cursor } } }")
                .extract().jsonPath().getString("data.themes.edges[0].cursor");
        graphql(SEARCH, Map.of("text", "woonfraude", "after", themeCursor))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("another list or order"));
    }

    private static JsonPath search(Map<String, Object> variables) {
        var response = graphql(SEARCH, variables).statusCode(200).body("errors", nullValue()).extract().jsonPath();
        return response.setRootPath("data.search");
    }

    private static Map<String, Object> hitOf(JsonPath hits, String id) {
        List<Map<String, Object>> nodes = hits.getList("edges.node");
        return nodes.stream().filter(hit -> id.equals(item(hit).get("slug"))).findFirst()
                .orElseThrow(() -> new AssertionError("No hit " + id + " in " + hits.getList("edges.node.item.slug")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> hit) {
        return (Map<String, Object>) hit.get("item");
    }
}
