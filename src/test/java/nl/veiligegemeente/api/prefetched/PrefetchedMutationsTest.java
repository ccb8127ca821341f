package nl.veiligegemeente.api.prefetched;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * Approach mutations answered from the row of the node they wrote give the response SmallRye's
 * field-by-field execution gives, errors included; payload selections the row cannot answer go
 * field by field, decided before anything is written.
 */
@GraphQLTest
class PrefetchedMutationsTest {

    private static final String EXECUTION = "X-VGN-Execution";
    private static final String OWN = "GM9981";
    private static final String PUBLISH = """
            mutation Publish($input: PublishApproachInput!) {
              publishApproach(input: $input) { __typename id
                written: approach { __typename id slug title summary kind status startedOn evidenceLevel version
                  municipality { code } themes { totalCount nodes { slug } } targetGroups { nodes { name } } } } }""";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void ownMunicipality() {
        fixtures.municipality(OWN, "Fixture Snelweg");
    }

    @Test
    void aPublishAnswersAsFieldByFieldExecutionWould() {
        var input = input("Fixture prefetched wijkaanpak", List.of("ondermijning", "preventie"));
        var prefetched = post(PUBLISH, Map.of("input", input), false);
        assertThat(prefetched.header(EXECUTION)).as(prefetched.asString()).isEqualTo("prefetched");
        var answer = JsonPath.from(prefetched.asString());
        assertThat(answer.getString("data.publishApproach.id")).isEqualTo("fixture-prefetched-wijkaanpak");
        assertThat(answer.getString("data.publishApproach.written.title")).isEqualTo("Fixture prefetched wijkaanpak");
        assertThat(answer.getList("data.publishApproach.written.themes.nodes.slug"))
                .containsExactlyInAnyOrder("ondermijning", "preventie");
        assertThat(answer.getString("extensions.consistencyToken")).isNotBlank();

        // The same input again changes nothing, so both ways answer the same approach at the same version.
        var again = post(PUBLISH, Map.of("input", input), false);
        var fieldByField = post(PUBLISH, Map.of("input", input), true);
        assertThat(fieldByField.header(EXECUTION)).isEqualTo("field-by-field");
        assertThat(JsonPath.from(again.asString()).getMap("data"))
                .isEqualTo(JsonPath.from(fieldByField.asString()).getMap("data"))
                .isEqualTo(answer.getMap("data"));
    }

    @Test
    void anUpdateALinkAndARetractAnswerAsFieldByFieldExecutionWould() {
        var published = post(PUBLISH, Map.of("input", input("Fixture prefetched buurtaanpak", List.of())), false);
        var id = JsonPath.from(published.asString()).getString("data.publishApproach.id");
        var update = """
                mutation($id: ID!, $version: Int!, $input: UpdateApproachInput!) {
                  updateApproach(id: $id, expectedVersion: $version, input: $input) { id approach { title version } } }""";
        var renamed = Map.of("title", "Fixture prefetched buurtaanpak 2");
        var updated = post(update, Map.of("id", id, "version", 1, "input", renamed), false);
        assertThat(updated.header(EXECUTION)).isEqualTo("prefetched");
        assertThat(JsonPath.from(updated.asString()).getMap("data.updateApproach.approach"))
                .isEqualTo(Map.of("title", "Fixture prefetched buurtaanpak 2", "version", 2));

        var link = "mutation($id: ID!, $themes: [String!]) { linkApproach(id: $id, links: { themeIds: $themes }) {"
                + " approach { version themes { nodes { slug } } } } }";
        var linked = post(link, Map.of("id", id, "themes", List.of("preventie")), false);
        assertThat(linked.header(EXECUTION)).isEqualTo("prefetched");
        assertThat(JsonPath.from(linked.asString()).getList("data.linkApproach.approach.themes.nodes.slug"))
                .containsExactly("preventie");
        var linkedAgain = post(link, Map.of("id", id, "themes", List.of("preventie")), true);
        assertThat(JsonPath.from(linkedAgain.asString()).getMap("data"))
                .isEqualTo(JsonPath.from(linked.asString()).getMap("data"));

        var retract = "mutation($id: ID!) { retractApproach(id: $id) { id approach { title } } }";
        var retracted = post(retract, Map.of("id", id), false);
        assertThat(retracted.header(EXECUTION)).isEqualTo("prefetched");
        assertThat(JsonPath.from(retracted.asString()).getMap("data.retractApproach"))
                .containsEntry("id", id).containsEntry("approach", null);
    }

    @Test
    void aRefusedWriteGivesTheErrorFieldByFieldExecutionGivesAndWritesNothing() {
        var bad = input("Fixture prefetched aanpak", List.of("no-such-theme"));
        var prefetched = post(PUBLISH, Map.of("input", bad), false);
        var fieldByField = post(PUBLISH, Map.of("input", bad), true);
        assertThat(prefetched.asString()).isEqualTo(fieldByField.asString());
        var error = JsonPath.from(prefetched.asString());
        assertThat(error.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(error.getList("errors[0].path")).containsExactly("publishApproach");
        assertThat(error.getMap("")).containsEntry("data", null);

        var lookup = post("{ approach(id: \"fixture-prefetched-aanpak\") { id } }", Map.of(), false);
        assertThat(JsonPath.from(lookup.asString()).getMap("data")).containsEntry("approach", null);
    }

    @Test
    void anInputBreakingItsRulesGetsTheMessagesInTheLanguageAskedFor() {
        var tooLong = input("Fixture prefetched " + "x".repeat(200), List.of());
        var prefetched = post(PUBLISH, Map.of("input", tooLong), false, "nl");
        var fieldByField = post(PUBLISH, Map.of("input", tooLong), true, "nl");
        assertThat(prefetched.asString()).isEqualTo(fieldByField.asString());
        var error = JsonPath.from(prefetched.asString());
        assertThat(error.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(error.getString("errors[0].message")).contains("'title'");
    }

    @Test
    void aPayloadSelectionTheRowCannotAnswerGoesFieldByField() {
        var twice = """
                mutation($input: PublishApproachInput!) {
                  publishApproach(input: $input) { id a: approach { title } b: approach { version } } }""";
        var response = post(twice, Map.of("input", input("Fixture prefetched tweemaal", List.of())), false);
        assertThat(response.header(EXECUTION)).isEqualTo("field-by-field");
        assertThat(JsonPath.from(response.asString()).getMap("data.publishApproach"))
                .isEqualTo(Map.of("id", "fixture-prefetched-tweemaal", "a", Map.of("title", "Fixture prefetched tweemaal"),
                        "b", Map.of("version", 1)));
    }

    private static Map<String, Object> input(String title, List<String> themeIds) {
        return Map.of("municipalityCode", OWN, "title", title, "summary", "Een aanpak om de snelle weg te testen.",
                "kind", "LOCATION_ORIENTED", "status", "ACTIVE", "startedOn", "2021-06-09", "themeIds", themeIds,
                "targetGroupIds", List.of("kinderen"));
    }

    private static Response post(String query, Map<String, Object> variables, boolean fieldByField) {
        return post(query, variables, fieldByField, "en");
    }

    private static Response post(String query, Map<String, Object> variables, boolean fieldByField, String language) {
        var request = given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Publishing.ADMIN)
                .header("Accept-Language", language);
        if (fieldByField) {
            request.header(EXECUTION, "field-by-field");
        }
        return request.body(Map.of("query", query, "variables", variables)).post("/graphql")
                .then().statusCode(200).extract().response();
    }
}
