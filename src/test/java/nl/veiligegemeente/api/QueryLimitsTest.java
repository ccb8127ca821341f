package nl.veiligegemeente.api;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.support.GraphQLTest;

/** Requests over a limit get one clear LIMIT_EXCEEDED error and run nothing; ordinary requests pass. */
@GraphQLTest
class QueryLimitsTest {

    @Test
    void aQueryTwentyLevelsDeepIsRejected() {
        var query = "{ theme(id: \"ondermijning\") {" + " approaches { nodes { themes { nodes {".repeat(4)
                + " approaches { nodes { title } }" + " } } } }".repeat(4) + " } }";
        rejected(query)
                .body("errors[0].message", equalTo("The query nests fields 20 levels deep; this service answers at most 15."
                        + " Select less deeply, or split the query."));
    }

    @Test
    void aThousandAliasesAreRejected() {
        var query = IntStream.range(0, 1000).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ", "{ ", " }"));
        rejected(query).body("errors[0].message", equalTo("The document uses 1000 aliases; this service accepts at most 50."));
        var fifty = IntStream.range(0, 50).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ", "{ ", " }"));
        graphql(fifty).body("errors", nullValue()).body("data.a49", equalTo("Query"));
    }

    @Test
    void threeNestedFullPagesAreTooComplex() {
        rejected("""
                { approaches(first: 100) { nodes { themes(first: 100) { nodes {
                    approaches(first: 100) { nodes { title } } } } } } }""")
                .body("errors[0].message", containsString("could return about 1020202 values; this service answers at most 200000"));
    }

    @Test
    void aDocumentThatPassedIsCheckedAgainWithPageSizesOrIdsThatMakeItTooComplex() {
        var query = """
                query Pages($n: Int, $ids: [ID!]!) {
                  approaches(first: $n) { nodes { themes(first: 100) { nodes { approaches(first: 100) { nodes { title } } } } } }
                  nodes(ids: $ids) { ... on Theme { approaches(first: 100) { nodes { themes(first: 100) { nodes { name } } } } } }
                }""";
        graphql(query, Map.of("n", 1, "ids", List.of("a", "b"))).body("errors", nullValue());
        rejected(query, Map.of("n", 100, "ids", List.of("a", "b")))
                .body("errors[0].message", containsString("this service answers at most 200000"));
        rejected(query, Map.of("n", 1, "ids", Collections.nCopies(20, "a")))
                .body("errors[0].message", containsString("this service answers at most 200000"));
    }

    @Test
    void aDocumentOfTooManyTokensIsRejected() {
        var query = "{ " + "x ".repeat(10_001) + "}";
        rejected(query).body("errors[0].message", containsString("more than 10000 tokens"));
    }

    @Test
    void aBodyOverTheByteLimitIsA413WithAGraphQLError() {
        given().contentType("application/json")
                .body(Map.of("query", "{ __typename }", "variables", Map.of("padding", "x".repeat(70_000))))
                .post("/graphql").then()
                .statusCode(413)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("larger than 65536 bytes"));
    }

    @Test
    void overTheLimitIsA400ForGraphQLResponseClients() {
        given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", "{ " + "x ".repeat(10_001) + "}"))
                .post("/graphql").then()
                .statusCode(400)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
        given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", IntStream.range(0, 51).mapToObj(i -> "a" + i + ": __typename")
                        .collect(Collectors.joining(" ", "{ ", " }"))))
                .post("/graphql").then()
                .statusCode(400)
                .body("$", not(hasKey("data")))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void theIntrospectionQueryOfGraphiQLPasses() throws IOException {
        var introspection = Files.readString(Path.of("src/test/resources/introspection.graphql"));
        graphql(introspection).body("errors", nullValue()).body("data.__schema.queryType.name", equalTo("Query"));
    }

    private static io.restassured.response.ValidatableResponse rejected(String query) {
        return rejected(query, Map.of());
    }

    private static io.restassured.response.ValidatableResponse rejected(String query, Map<String, Object> variables) {
        return graphql(query, variables)
                .statusCode(200)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }
}
