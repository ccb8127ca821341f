package nl.veiligegemeente.api.prefetched;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.veiligegemeente.support.GraphQLTest;

/**
 * Graph reads answered from their prefetched rows give, byte for byte, the response graphql-java's
 * field-by-field execution gives: same values, same order of fields, same cursors, same nulls.
 */
@GraphQLTest
class PrefetchedReadsTest {

    private static final String EXECUTION = "X-VGN-Execution";

    @ParameterizedTest
    @ValueSource(strings = {
            // The seminar with organisers, sessions, speakers and their organisations.
            """
            { seminar(id: "seminar-de-veilige-gemeente-2021") { id slug title date description url
              organisers { nodes { id slug name kind } } contributors { totalCount nodes { name } }
              sessions { nodes { title speakers { nodes { name role organisation { name } } } } } } }""",
            // Every scalar kind of an approach: enums, dates, date-times, integers, nulls.
            """
            { municipality(code: "GM0935") { id code name province
              approaches { totalCount nodes { id slug title summary results kind status startedOn evidenceLevel contactRole
                version createdAt updatedAt municipality { name } themes { nodes { id name description } }
                targetGroups { nodes { name } } sources { nodes { title publishedOn url kind } } } } } }""",
            // Aliases, fragments, __typename at every level, the same relation twice under other names.
            """
            query Aliased { __typename t: theme(id: "ondermijning") { __typename ...ThemeFields
              first: approaches(first: 1) { __typename pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
                edges { __typename cursor node { __typename id } } }
              all: approaches { totalCount nodes { title municipality { __typename id code } } } } }
            fragment ThemeFields on Theme { id name }""",
            // Root lists with filters, orders, counts and nested pages.
            """
            { approaches(filter: { themes: { anyOf: ["ondermijning"] } }, orderBy: { field: STARTED_ON, direction: DESC }) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { title startedOn areas { nodes { name kind } } } } }
              municipalities(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { name } }
              speakers(last: 2) { pageInfo { hasNextPage hasPreviousPage startCursor } nodes { name } } }""",
            // Search: hits of every kind, their union items with fragments and __typename, edges, cursors and counts.
            """
            { search(text: "criminele families ondermijning", first: 8) { __typename totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { __typename score type item { __typename ... on Approach { id title municipality { name } }
                  ... on Theme { id name } ... on Session { title } ... on Municipality { code } } } } }
              only: search(text: "preventie", types: [THEME, PRACTICE]) { nodes { type item { ... on Theme { name } } } } }""",
            // Facets, with and without a filter, aliased.
            """
            { facets { __typename totalCount themes { __typename value label count } provinces { value count } }
              filtered: facets(filter: { themes: { anyOf: ["ondermijning"] } }) { totalCount kinds { value label count }
                statuses { value count } evidenceLevels { value count } targetGroups { label count } } }""",
            // Rankings with their reasons, beside the lookup of their anchor; an unknown anchor gives null.
            """
            { approach(id: "aanpak-criminele-families-maastricht") { id title }
              similarApproaches(id: "aanpak-criminele-families-maastricht", first: 5) { __typename score
                approach { id title municipality { name } } reasons { __typename themes { id name } targetGroups { name } seminars { title } } }
              recommendedApproaches(municipality: "GM0363") { score approach { title } reasons { themes { name } newTargetGroups { name } } }
              unknown: similarApproaches(id: "no-such-approach") { score } }""",
            // Lookups by global id (Theme:ondermijning, Municipality:GM0935), and by another type's id.
            """
            { theme(id: "VGhlbWU6b25kZXJtaWpuaW5n") { id slug name } municipality(code: "TXVuaWNpcGFsaXR5OkdNMDkzNQ") { id code }
              wrongType: targetGroup(id: "VGhlbWU6b25kZXJtaWpuaW5n") { id } }""",
            // A lookup that finds nothing, beside one that does.
            """
            { nothing: approach(id: "no-such-approach") { title } area(id: "no-such-area") { name }
              organisation(id: "haags-congres-bureau") { name speakers { nodes { name sessions { nodes { title seminar { title } } } } } } }"""
    })
    void answersAsGraphqlJavaWould(String query) {
        var prefetched = post(query, Map.of(), false);
        var fieldByField = post(query, Map.of(), true);

        assertThat(prefetched.header(EXECUTION)).isEqualTo("prefetched");
        assertThat(fieldByField.header(EXECUTION)).isEqualTo("field-by-field");
        assertThat(prefetched.asString()).doesNotContain("\"errors\"").isEqualTo(fieldByField.asString());
    }

    @Test
    void pagesOnWithTheCursorsItGaveOut() {
        var query = """
                query($after: String, $before: String, $first: Int, $last: Int) {
                  themes(first: $first, after: $after, last: $last, before: $before) {
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }""";
        var firstPage = post(query, Map.of("first", 2), false);
        var after = JsonPath.from(firstPage.asString()).getString("data.themes.pageInfo.endCursor");
        assertThat(after).isNotNull();

        var variables = new HashMap<String, Object>(Map.of("first", 2, "after", after));
        assertSameBothWays(query, variables);
        var secondPage = post(query, variables, false);
        var before = JsonPath.from(secondPage.asString()).getString("data.themes.pageInfo.startCursor");
        assertSameBothWays(query, Map.of("last", 1, "before", before));
    }

    @Test
    void answersARepeatedQueryFromItsPlanAndStillChecksOtherVariables() {
        var query = "query($id: ID!, $first: Int) { theme(id: $id) { name approaches(first: $first) { totalCount nodes { id } } } }";
        var variables = Map.<String, Object>of("id", "ondermijning", "first", 1);
        var planned = post(query, variables, false);
        var again = post(query, variables, false);
        assertThat(again.header(EXECUTION)).isEqualTo("prefetched");
        assertThat(again.asString()).doesNotContain("\"errors\"").isEqualTo(planned.asString())
                .isEqualTo(post(query, variables, true).asString());
        assertThat(JsonPath.from(again.asString()).getList("data.theme.approaches.nodes")).hasSize(1);

        var otherTheme = post(query, Map.of("id", "preventie", "first", 3), false);
        assertThat(JsonPath.from(otherTheme.asString()).getString("data.theme.name")).isNotEqualTo(
                JsonPath.from(again.asString()).getString("data.theme.name"));
        var wrongType = given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", Map.of("id", "ondermijning", "first", "drie")))
                .post("/graphql").then().extract().response();
        assertThat(JsonPath.from(wrongType.asString()).getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        var tooMany = post(query, Map.of("id", "ondermijning", "first", 101), false);
        assertThat(JsonPath.from(tooMany.asString()).getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
    }

    @Test
    void leavesWhatItCannotAnswerToGraphqlJava() {
        var badCursor = post("{ themes(after: \"not-a-cursor\") { nodes { id } } }", Map.of(), false);
        assertThat(badCursor.header(EXECUTION)).isEqualTo("field-by-field");
        assertThat(JsonPath.from(badCursor.asString()).getString("errors[0].extensions.code")).isEqualTo("VALIDATION");

        var badSize = post("{ similarApproaches(id: \"aanpak-criminele-families-maastricht\", first: 101) { score } }",
                Map.of(), false);
        assertThat(badSize.header(EXECUTION)).isEqualTo("field-by-field");
        assertThat(JsonPath.from(badSize.asString()).getString("errors[0].extensions.code")).isEqualTo("VALIDATION");

        var areaKinds = post("{ similarApproaches(id: \"aanpak-criminele-families-maastricht\") { reasons { areaKinds } } }",
                Map.of(), false);
        assertThat(areaKinds.header(EXECUTION)).isEqualTo("field-by-field");

        var snippets = post("{ search(text: \"families\") { nodes { snippet snippetField } } }", Map.of(), false);
        assertThat(snippets.header(EXECUTION)).isEqualTo("field-by-field");
        assertThat(JsonPath.from(snippets.asString()).getList("data.search.nodes.snippet")).isNotEmpty();

        var emptyText = post("{ search(text: \"  \") { totalCount } }", Map.of(), false);
        assertThat(JsonPath.from(emptyText.asString()).getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
    }

    @Test
    void pagesSearchHitsOnWithTheCursorsItGaveOut() {
        var query = """
                query($after: String) { search(text: "ondermijning", first: 3, after: $after) {
                  pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { score item { ... on Approach { id } ... on Theme { id } } } } } }""";
        var firstPage = post(query, Map.of(), false);
        var after = JsonPath.from(firstPage.asString()).getString("data.search.pageInfo.endCursor");
        assertThat(after).isNotNull();
        assertSameBothWays(query, Map.of("after", after));
    }

    private static void assertSameBothWays(String query, Map<String, Object> variables) {
        var prefetched = post(query, variables, false);
        assertThat(prefetched.header(EXECUTION)).isEqualTo("prefetched");
        assertThat(prefetched.asString()).doesNotContain("\"errors\"").isEqualTo(post(query, variables, true).asString());
    }

    private static Response post(String query, Map<String, Object> variables, boolean fieldByField) {
        var request = given().contentType(ContentType.JSON);
        if (fieldByField) {
            request.header(EXECUTION, "field-by-field");
        }
        return request.body(Map.of("query", query, "variables", variables)).post("/graphql")
                .then().statusCode(200).extract().response();
    }
}
