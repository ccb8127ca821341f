package nl.veiligegemeente.api.http;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.ReadConsistency;
import nl.veiligegemeente.support.ConsistencyTokens;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * Read-your-writes: a mutation answers with a consistency token, a query that sends it back is
 * answered after that write, and a token that is not one, or names a write Neo4j never reaches
 * within its bounded wait, gets a coded error instead of data.
 */
@GraphQLTest
class ConsistencyTokenTest {

    @Inject
    Graph graph;

    private static final String PUBLISH = """
            mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id } }""";
    private static final String READ = "{ approach(id: \"fixture-leesmijnschrijf\") { title } }";

    @Test
    void aMutationReturnsATokenThatAReadWaitsForInBothWaysOfExecuting() {
        var token = publish("fixture-leesmijnschrijf", "Lees wat je schreef");

        read(token, GraphQLEndpoint.PREFETCHED)
                .body("errors", nullValue())
                .body("data.approach.title", equalTo("Lees wat je schreef"));
        read(token, GraphQLEndpoint.FIELD_BY_FIELD)
                .body("errors", nullValue())
                .body("data.approach.title", equalTo("Lees wat je schreef"));
    }

    @Test
    void aMutationThatWritesNothingToTheGraphReturnsNoToken() {
        graphqlAs(null, PUBLISH, Map.of("input", Map.of("id", "fixture-geen-token", "municipalityCode", "GM0935",
                "title", "Geen token", "kind", "OTHER", "status", "PILOT", "themeIds", List.of("preventie"))))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("extensions.consistencyToken", nullValue());
    }

    @Test
    void aHeaderThatIsNoTokenIsRefusedAsValidation() {
        read("not a token!", GraphQLEndpoint.PREFETCHED)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        read(ConsistencyTokens.encode("FB:this-is-no-bookmark"), GraphQLEndpoint.PREFETCHED)
                .body("data.approach", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void aTokenForAWriteNeo4jNeverReachesTimesOutWithACodeAfterOneRead() throws InterruptedException {
        var token = ConsistencyTokens.later(publish("fixture-toekomst", "Toekomst"));
        // The second time, the query's plan is known: the read fails on the endpoint's fast path.
        for (var attempt = 1; attempt <= 2; attempt++) {
            var before = quietStatementCount();
            read(token, GraphQLEndpoint.PREFETCHED)
                    .body("data.approach", nullValue())
                    .body("errors[0].extensions.code", equalTo("CONSISTENCY_TIMEOUT"))
                    .body("errors[0].path", equalTo(List.of("approach")));
            assertThat(graph.statementsSent() - before).as("reads of attempt %d", attempt).isEqualTo(1);
        }
    }

    /** Retracts what the tests published, so that the lists and counts other tests check stay as seeded. */
    @AfterEach
    void retractFixtures() {
        for (var id : List.of("fixture-leesmijnschrijf", "fixture-toekomst")) {
            graphqlAs(Publishing.ADMIN, "mutation($id: ID!) { retractApproach(id: $id) { id } }", Map.of("id", id));
        }
    }

    /** The count of statements sent once none was sent for a second: the journal relays a publish in the background. */
    private long quietStatementCount() throws InterruptedException {
        for (var second = 0; second < 30; second++) {
            var count = graph.statementsSent();
            Thread.sleep(1000);
            if (graph.statementsSent() == count) {
                return count;
            }
        }
        throw new AssertionError("Statements were still being sent after 30 s");
    }

    private static String publish(String id, String title) {
        return graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", Map.of("id", id, "municipalityCode", "GM0935",
                "title", title, "kind", "OTHER", "status", "PILOT", "themeIds", List.of("preventie"))))
                .body("errors", nullValue())
                .body("extensions.consistencyToken", not(emptyOrNullString()))
                .extract().jsonPath().getString("extensions.consistencyToken");
    }

    private static ValidatableResponse read(String token, String execution) {
        return given()
                .contentType(ContentType.JSON)
                .header(ReadConsistency.HEADER, token)
                .header(GraphQLEndpoint.EXECUTION_HEADER, execution)
                .body(Map.of("query", READ))
                .post("/graphql")
                .then();
    }
}
