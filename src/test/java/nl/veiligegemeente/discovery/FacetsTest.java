package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.support.FilterFixture.EAST;
import static nl.veiligegemeente.support.FilterFixture.THEME_A;
import static nl.veiligegemeente.support.FilterFixture.THEME_B;
import static nl.veiligegemeente.support.FilterFixture.THEME_C;
import static nl.veiligegemeente.support.FilterFixture.WEST;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.support.FilterFixture;
import nl.veiligegemeente.support.GraphQLTest;

/** Facet counts are the totals of the filtered lists, and cost one statement. */
@GraphQLTest
class FacetsTest {

    private static final Map<String, Object> THEME_A_ONLY = Map.of("themes", Map.of("anyOf", List.of(THEME_A)));
    private static final String FACETS = """
            query($filter: ApproachFilter) { facets(filter: $filter) {
              totalCount
              themes { value label count } targetGroups { value count } provinces { value count }
              kinds { value count } statuses { value count } evidenceLevels { value count }
            } }""";

    @Inject
    FilterFixture fixture;

    @Inject
    Graph graph;

    @BeforeEach
    void twelveFictitiousApproaches() {
        fixture.write();
    }

    @Test
    void countsPerValueForTheFilter() {
        var facets = facets(THEME_A_ONLY);
        assertThat(facets.getInt("totalCount")).isEqualTo(12);
        assertThat(counts(facets, "themes")).containsExactly(
                Map.entry(THEME_A, 12), Map.entry(THEME_B, 6), Map.entry(THEME_C, 3));
        assertThat(counts(facets, "provinces")).containsOnly(Map.entry(EAST, 6), Map.entry(WEST, 6));
        assertThat(counts(facets, "kinds")).containsExactly(Map.entry("PERSON_ORIENTED", 8), Map.entry("LOCATION_ORIENTED", 4));
        assertThat(counts(facets, "statuses")).containsExactly(Map.entry("ACTIVE", 8), Map.entry("PILOT", 4));
        assertThat(counts(facets, "evidenceLevels")).containsExactly(Map.entry("NOT_ASSESSED", 12));
        assertThat(facets.getString("themes[0].label")).isEqualTo("Fixture thema A");
    }

    @Test
    void everyCountEqualsTheTotalOfTheListFilteredByItsValue() {
        var filter = Map.<String, Object>of("themes", Map.of("anyOf", List.of(THEME_A)), "statuses", List.of("ACTIVE"));
        var facets = facets(filter);
        assertThat(facets.getInt("totalCount")).isEqualTo(total(filter));
        counts(facets, "themes").forEach((theme, count) ->
                assertThat(total(with(filter, "themes", Map.of("anyOf", List.of(THEME_A), "allOf", List.of(theme)))))
                        .as("theme %s", theme).isEqualTo(count));
        counts(facets, "kinds").forEach((kind, count) ->
                assertThat(total(with(filter, "kinds", List.of(kind)))).as("kind %s", kind).isEqualTo(count));
        counts(facets, "provinces").forEach((province, count) ->
                assertThat(total(with(filter, "provinces", List.of(province)))).as("province %s", province).isEqualTo(count));
        counts(facets, "targetGroups").forEach((group, count) ->
                assertThat(total(with(filter, "targetGroups", Map.of("anyOf", List.of(group))))).isEqualTo(count));
    }

    @Test
    void theSeedAloneCountsTwoApproachesInTwoProvinces() {
        var facets = facets(Map.of("municipalities", Map.of("anyOf", List.of("GM0935", "GM0363"))));
        assertThat(facets.getInt("totalCount")).isEqualTo(2);
        assertThat(counts(facets, "provinces")).containsOnly(Map.entry("Limburg", 1), Map.entry("Noord-Holland", 1));
        assertThat(counts(facets, "themes")).containsEntry("ondermijning", 2).containsEntry("jeugdoverlast", 1);
    }

    @Test
    void facetsCostOneStatement() {
        var before = graph.statementsSent();
        facets(THEME_A_ONLY);
        assertThat(graph.statementsSent() - before).isEqualTo(1);
    }

    private static JsonPath facets(Map<String, Object> filter) {
        var response = graphql(FACETS, Map.of("filter", filter)).extract().jsonPath();
        assertThat(response.getList("errors")).isNull();
        return response.setRootPath("data.facets");
    }

    private static int total(Map<String, Object> filter) {
        var response = graphql("query($filter: ApproachFilter) { approaches(filter: $filter) { totalCount } }",
                Map.of("filter", filter)).extract().jsonPath();
        assertThat(response.getList("errors")).isNull();
        return response.getInt("data.approaches.totalCount");
    }

    private static Map<String, Object> with(Map<String, Object> filter, String part, Object value) {
        var combined = new HashMap<>(filter);
        combined.put(part, value);
        return combined;
    }

    private static Map<String, Integer> counts(JsonPath facets, String facet) {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        for (Map<String, Object> row : facets.<Map<String, Object>>getList(facet)) {
            counts.put((String) row.get("value"), (Integer) row.get("count"));
        }
        return counts;
    }
}
