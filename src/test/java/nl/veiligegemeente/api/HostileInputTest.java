package nl.veiligegemeente.api;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * Hostile but fair input, through every text field of every mutation and every date, date-time
 * and number argument of the reads and writes, as literal and as variable: each is refused with
 * VALIDATION, a message that names the field and the value in the API's own words, and (for
 * clients of application/graphql-response+json) 400 when nothing could run. Nothing is stored.
 */
@GraphQLTest
class HostileInputTest {

    /** Each mutation with a text input, a valid input to start from, and the text fields to spoil. */
    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("publishApproach(input: $input)", "PublishApproachInput!",
                    Map.of("municipalityCode", "GM0935", "title", "Vijandige invoer", "kind", "OTHER", "status", "ACTIVE"),
                    List.of("title", "summary", "results", "contactRole")),
            new Mutation("updateApproach(id: \"aanpak-criminele-families-maastricht\", expectedVersion: 1, input: $input)",
                    "UpdateApproachInput!", Map.of(), List.of("title", "summary", "results", "contactRole")),
            new Mutation("sharePractice(input: $input)", "SharePracticeInput!",
                    Map.of("municipalityCode", "GM0935", "title", "Vijandige praktijk"), List.of("title", "description", "lessons")),
            new Mutation("updatePractice(id: \"een-praktijk\", expectedVersion: 1, input: $input)", "UpdatePracticeInput!",
                    Map.of(), List.of("title", "description", "lessons")),
            new Mutation("saveSeminar(input: $input)", "SaveSeminarInput!",
                    Map.of("title", "Vijandig seminar", "date", "2021-06-09"), List.of("title", "description")),
            new Mutation("saveSession(input: $input)", "SaveSessionInput!",
                    Map.of("seminarId", "seminar-de-veilige-gemeente-2021", "title", "Vijandige sessie"),
                    List.of("title", "abstract")),
            new Mutation("saveSpeaker(input: $input)", "SaveSpeakerInput!", Map.of("name", "Vijandige spreker"),
                    List.of("name", "role")),
            new Mutation("saveOrganisation(input: $input)", "SaveOrganisationInput!",
                    Map.of("name", "Vijandige organisatie", "kind", "GOVERNMENT"), List.of("name")),
            new Mutation("createPublisher(input: $input)", "CreatePublisherInput!",
                    Map.of("name", "Vijandig account", "role", "PUBLISHER", "municipalityCode", "GM0935"), List.of("name")));

    /** Text no field takes, and the words the refusal uses. */
    private static final Map<String, String> HOSTILE_TEXT = Map.of(
            "   ", "must not be blank",
            "\u00A0\u00A0\u00A0", "must not be blank",
            "\t \t", "must not be blank",
            "\u200B\u200B", "must not be blank",
            "Titel \u001B[31mrood", "control character U+001B",
            "Titel \u0007", "control character U+0007",
            "Titel \u0000", "control character U+0000",
            "Titel \uD800", "unpaired surrogate");

    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final String ENGINE_WORDS = "(?s).*(StringValue|IntValue|SRGQL|BigDecimal|java\\.|Exception|Unknown Scalar).*";

    static Stream<Arguments> hostileTexts() {
        var cases = new ArrayList<Arguments>();
        for (var mutation : MUTATIONS) {
            for (var field : mutation.textFields()) {
                HOSTILE_TEXT.forEach((text, reason) -> cases.add(Arguments.of(mutation, field, text, reason)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("hostileTexts")
    void everyTextFieldOfEveryMutationRefusesHostileText(Mutation mutation, String field, String text, String reason) {
        var input = new HashMap<String, Object>(mutation.validInput());
        input.put(field, text);
        var response = post("application/json", mutation.document(), Map.of("input", input))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("data", nullValue())
                .extract().jsonPath();
        assertThat(response.getString("errors[0].message")).contains("'" + field + "'").contains(reason);
    }

    @Test
    void acceptedTextIsStoredComposedAndWithoutInvisibleEnds() {
        var input = new HashMap<String, Object>(MUTATIONS.get(0).validInput());
        input.put("title", "\u00A0Fixture: Cafe\u0301-aanpak in de wijk\u200B ");
        input.put("summary", "Twee regels:\nde eerste\tmet een tab.");
        var approach = graphqlAs(Publishing.ADMIN, """
                mutation($input: PublishApproachInput!) {
                  publishApproach(input: $input) { id approach { title summary } }
                }""", Map.of("input", input))
                .body("errors", nullValue())
                .extract().jsonPath();
        // Retracted again at once: the tests that read Maastricht's approaches see only the seed.
        graphqlAs(Publishing.ADMIN, "mutation { retractApproach(id: \"fixture-cafe-aanpak-in-de-wijk\") { id } }", Map.of())
                .body("errors", nullValue());
        assertThat(approach.getString("data.publishApproach.approach.title")).isEqualTo("Fixture: Caf\u00E9-aanpak in de wijk");
        assertThat(approach.getString("data.publishApproach.approach.summary")).isEqualTo("Twee regels:\nde eerste\tmet een tab.");
        assertThat(approach.getString("data.publishApproach.id")).isEqualTo("fixture-cafe-aanpak-in-de-wijk");
    }

    /** A value that the schema cannot take, where it goes, and how the error must name it. */
    record Coercion(String description, String query, Map<String, Object> variables, String field, String value) {

        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<Coercion> badValues() {
        var cases = new ArrayList<Coercion>();
        for (var day : List.of("2021-02-30", "2021-13-01", "yesterday", "+999999999-12-31", "21-06-09")) {
            cases.add(new Coercion("filter literal " + day,
                    "{ approaches(filter: {startedOn: {from: \"" + day + "\"}}) { totalCount } }", Map.of(),
                    "filter.startedOn.from", day));
            cases.add(new Coercion("filter variable " + day,
                    "query($f: ApproachFilter) { approaches(filter: $f) { totalCount } }",
                    Map.of("f", Map.of("startedOn", Map.of("to", day))), "f.startedOn.to", day));
            cases.add(new Coercion("publishApproach startedOn " + day,
                    "mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id } }",
                    Map.of("input", Map.of("municipalityCode", "GM0935", "title", "Datum", "kind", "OTHER",
                            "status", "ACTIVE", "startedOn", day)), "input.startedOn", day));
            cases.add(new Coercion("updateApproach literal startedOn " + day,
                    "mutation { updateApproach(id: \"x\", expectedVersion: 1, input: {startedOn: \"" + day + "\"}) { id } }",
                    Map.of(), "input.startedOn", day));
            cases.add(new Coercion("saveSeminar date " + day,
                    "mutation { saveSeminar(input: {title: \"Seminar\", date: \"" + day + "\"}) { id } }", Map.of(),
                    "input.date", day));
        }
        for (var moment : List.of("yesterday", "+999999999-12-31T23:59:59Z", "2021-02-30T10:00:00Z", "2021-06-09")) {
            cases.add(new Coercion("approachFeed literal " + moment,
                    "{ approachFeed(since: \"" + moment + "\") { totalCount } }", Map.of(), "since", moment));
            cases.add(new Coercion("approachFeed variable " + moment,
                    "query($since: DateTime) { approachFeed(since: $since) { totalCount } }",
                    Map.of("since", moment), "since", moment));
            cases.add(new Coercion("changes literal " + moment,
                    "{ changes(since: \"" + moment + "\") { totalCount } }", Map.of(), "since", moment));
        }
        cases.add(new Coercion("date as a number", "query($since: DateTime) { approachFeed(since: $since) { totalCount } }",
                Map.of("since", 20210101), "since", "20210101"));
        cases.add(new Coercion("Int literal out of range", "{ approaches(first: 99999999999) { totalCount } }", Map.of(),
                "first", "99999999999"));
        cases.add(new Coercion("Int variable out of range", "query($n: Int) { approaches(first: $n) { totalCount } }",
                Map.of("n", 99999999999L), "n", "99999999999"));
        cases.add(new Coercion("enum literal", "{ approaches(filter: {kinds: [FOO]}) { totalCount } }", Map.of(),
                "filter.kinds[0]", "FOO"));
        cases.add(new Coercion("enum variable", "query($f: ApproachFilter) { approaches(filter: $f) { totalCount } }",
                Map.of("f", Map.of("kinds", List.of("FOO"))), "f.kinds[0]", "FOO"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void aValueTheSchemaCannotTakeIsAValidationErrorInTheApisWords(Coercion bad) {
        var response = post("application/graphql-response+json", bad.query(), bad.variables())
                .statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("data", nullValue())
                .extract().jsonPath();
        assertThat(response.getString("errors[0].message"))
                .contains("'" + bad.field() + "'")
                .contains(bad.value())
                .doesNotMatch(ENGINE_WORDS);
        assertThat(response.getMap("errors[0].extensions")).containsOnlyKeys("code", "classification");
    }

    /**
     * Posts as the admin, with every character beyond ASCII escaped in the JSON (as {@code \\uD800}),
     * so that even a lone surrogate reaches the service as sent.
     */
    private static ValidatableResponse post(String accept, String query, Map<String, Object> variables) {
        try {
            var body = ESCAPING.writeValueAsString(Map.of("query", query, "variables", variables));
            return given()
                    .contentType(ContentType.JSON)
                    .accept(accept)
                    .header("Authorization", "Bearer " + Publishing.ADMIN)
                    .body(body)
                    .post("/graphql")
                    .then();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A mutation's document over one {@code $input} variable, selecting only its type name. */
    record Mutation(String field, String inputType, Map<String, Object> validInput, List<String> textFields) {

        String document() {
            return "mutation($input: " + inputType + ") { " + field + " { __typename } }";
        }

        @Override
        public String toString() {
            return field.substring(0, field.indexOf('('));
        }
    }
}
