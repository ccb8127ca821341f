package nl.veiligegemeente.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import nl.veiligegemeente.support.GraphQLTest;

/**
 * The GraphQL-over-HTTP specification as the {@code graphql-http} audit checks it (its audit ids in
 * the test names), plus the statuses the audit leaves out (405, 406, 415), so that CI checks
 * conformance without npm.
 */
@GraphQLTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String JSON = "application/json";
    private static final String TYPENAME = "{ __typename }";

    // Media types: 22EB, 4655, 47DE, 80D8, 82A3
    @ParameterizedTest
    @MethodSource("acceptedMediaTypes")
    void answersInTheMediaTypeTheClientAccepts(String accept, String answered) {
        var request = given().contentType(JSON).body(Map.of("query", TYPENAME));
        if (accept != null) {
            request.accept(accept);
        }
        request.post("/graphql").then()
                .statusCode(200)
                .contentType(startsWith(answered))
                .header("Content-Type", containsString("charset=utf-8"))
                .body("data.__typename", equalTo("Query"));
    }

    static Stream<Arguments> acceptedMediaTypes() {
        return Stream.of(Arguments.of(GRAPHQL_RESPONSE, GRAPHQL_RESPONSE), Arguments.of(JSON, JSON),
                Arguments.of("*/*", JSON), Arguments.of(null, JSON));
    }

    @Test
    void a406WhenTheClientAcceptsNeitherMediaType() {
        given().contentType(JSON).accept("text/html").body(Map.of("query", TYPENAME))
                .post("/graphql").then()
                .statusCode(406)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    // BF61, 78D5
    @Test
    void readsUtf8Requests() {
        given().contentType("application/json; charset=utf-8")
                .body("{\"query\": \"{ __type(name: \\\"Run🏃Swim🏊\\\") { name } }\"}".getBytes(StandardCharsets.UTF_8))
                .post("/graphql").then()
                .statusCode(200)
                .body("errors", nullValue());
    }

    // 2C94, 03D4, 5A70, D6D5, 6A70
    @Test
    void acceptsPostAndGetWithVariables() {
        post(JSON, Map.of("query", TYPENAME)).statusCode(200).body("errors", nullValue());
        for (var accept : List.of(GRAPHQL_RESPONSE, JSON)) {
            given().accept(accept)
                    .queryParam("query", "query Type($name: String!) { __type(name: $name) { name } }")
                    .queryParam("variables", "{\"name\": \"sometype\"}")
                    .get("/graphql").then()
                    .statusCode(200)
                    .body("errors", nullValue());
        }
    }

    // 9C48
    @Test
    void neverRunsAMutationOverGet() {
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "mutation { __typename }")
                .get("/graphql").then()
                .statusCode(405)
                .header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void a405ForOtherMethods() {
        given().contentType(JSON).body(Map.of("query", TYPENAME))
                .put("/graphql").then()
                .statusCode(405)
                .header("Allow", "GET, POST");
    }

    // 9ABE
    @Test
    void a415WithoutTheJsonContentType() {
        given().contentType("text/plain").body("{\"query\": \"{ __typename }\"}").post("/graphql").then()
                .statusCode(415)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    // A5BF
    @Test
    void a400WithoutBody() {
        given().contentType(JSON).post("/graphql").then()
                .statusCode(400)
                .body("errors[0].message", containsString("no body"));
    }

    // 423L, 8764, 3E3A
    @Test
    void a400WithoutQuery() {
        post(GRAPHQL_RESPONSE, Map.of("notquery", TYPENAME)).statusCode(400);
        post(JSON, Map.of("qeury", TYPENAME)).statusCode(400);
    }

    // LKJ0-3, 6C00-3, 4760-3, 58B0-3
    @ParameterizedTest
    @MethodSource("parametersOfTheWrongType")
    void a400ForAParameterOfTheWrongType(String parameter, Object value) {
        var body = new HashMap<String, Object>(Map.of("query", TYPENAME));
        body.put(parameter, value);
        post(JSON, body)
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString(parameter));
    }

    static Stream<Arguments> parametersOfTheWrongType() {
        return Stream.of("query", "operationName", "variables", "extensions").flatMap(parameter -> Stream.of(
                Map.of("obj", "ect"), 0, false, List.of("array"), "string")
                // A string is right for the first two, an object for the last two.
                .filter(value -> parameter.matches("query|operationName") ? !(value instanceof String) : !(value instanceof Map))
                .map(value -> Arguments.of(parameter, value)));
    }

    // 34A2, 13EE, 8161, B8B3, 94B0-2, 0220-2, 2EA1, 28B9, 428F, 1B7A
    @ParameterizedTest
    @ValueSource(strings = {GRAPHQL_RESPONSE, JSON})
    void acceptsEveryParameterInItsRightTypeOrNull(String accept) {
        post(accept, Map.of("query", "query Query { __typename }", "operationName", "Query"))
                .statusCode(200).body("errors", nullValue());
        for (var parameter : List.of("variables", "operationName", "extensions")) {
            var body = new HashMap<String, Object>(Map.of("query", TYPENAME));
            body.put(parameter, null);
            post(accept, body).statusCode(200).body("errors", nullValue());
        }
        post(accept, Map.of("query", "query Type($name: String!) { __type(name: $name) { name } }",
                "variables", Map.of("name", "sometype"))).statusCode(200).body("errors", nullValue());
        post(accept, Map.of("query", TYPENAME, "extensions", Map.of("some", "value"))).statusCode(200).body("errors", nullValue());
    }

    // B6DC, BCF8, B7N8
    @ParameterizedTest
    @ValueSource(strings = {GRAPHQL_RESPONSE, JSON})
    void a400WhenTheBodyIsNoJson(String accept) {
        given().contentType(JSON).accept(accept).body("{ \"not a JSON").post("/graphql").then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    // 572B, FDE2, 7B9B and 865D, 556A, D586, 51FE, 74FF, 5E5B, 86EE
    @ParameterizedTest
    @MethodSource("requestsThatCannotRun")
    void aDocumentThatCannotRunIs400ForGraphQLResponseAnd200ForJson(Map<String, Object> body, String code) {
        post(JSON, body)
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo(code));
        post(GRAPHQL_RESPONSE, body)
                .statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo(code));
    }

    static Stream<Arguments> requestsThatCannotRun() {
        var nullId = new HashMap<String, Object>();
        nullId.put("id", null);
        var coercionFailure = Map.<String, Object>of("query", "query CoerceFailure($id: ID!){ __typename }", "variables", nullId);
        return Stream.of(
                Arguments.of(Map.of("query", "{"), "GRAPHQL_PARSE_FAILED"),
                Arguments.of(Map.of("query", "{ 8f31403dfe404bccbb0e835f2629c6a7 }"), "GRAPHQL_PARSE_FAILED"),
                Arguments.of(Map.of("query", "{ unknownField }"), "GRAPHQL_VALIDATION_FAILED"),
                Arguments.of(coercionFailure, "GRAPHQL_VALIDATION_FAILED"));
    }

    private static ValidatableResponse post(String accept, Map<String, Object> body) {
        RequestSpecification request = given().contentType(JSON).accept(accept).body(body);
        return request.post("/graphql").then();
    }
}
