package nl.veiligegemeente.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import nl.veiligegemeente.support.GraphQLTest;

/** After a few GraphQL requests, /q/metrics shows them per operation, with their errors and Cypher timings. */
@GraphQLTest
class MetricsTest {

    @Test
    void metricsCountOperationsErrorsAndCypherStatements() {
        var operationsBefore = sample("vgn_graphql_requests_seconds_count", "operation=\"MetricsSeminars\",type=\"query\"");
        var readsBefore = sample("vgn_cypher_statements_seconds_count", "access=\"read\"");
        var errorsBefore = sample("vgn_graphql_errors_total", "code=\"GRAPHQL_VALIDATION_FAILED\",operation=\"MetricsBroken\",type=\"query\"");

        for (var i = 0; i < 3; i++) {
            send("query MetricsSeminars { seminars { nodes { title } } }", "MetricsSeminars");
        }
        send("query MetricsBroken { noSuchField }", "MetricsBroken");

        assertThat(sample("vgn_graphql_requests_seconds_count", "operation=\"MetricsSeminars\",type=\"query\""))
                .as(MetricsTest::serviceMetrics).isEqualTo(operationsBefore + 3);
        assertThat(sample("vgn_graphql_errors_total", "code=\"GRAPHQL_VALIDATION_FAILED\",operation=\"MetricsBroken\",type=\"query\""))
                .as(MetricsTest::serviceMetrics).isEqualTo(errorsBefore + 1);
        assertThat(sample("vgn_cypher_statements_seconds_count", "access=\"read\"")).isGreaterThanOrEqualTo(readsBefore + 3);
        var metrics = scrape();
        assertThat(metrics)
                .contains("vgn_graphql_requests_seconds_bucket{operation=\"MetricsSeminars\",type=\"query\",le=")
                .contains("vgn_cypher_write_transactions_seconds_count")
                .contains("vgn_journal_outbox_depth")
                .contains("agroal_active_count")
                .contains("neo4j_acquired");
    }

    private static void send(String query, String operationName) {
        given().contentType(ContentType.JSON).body(Map.of("query", query, "operationName", operationName))
                .post("/graphql").then().statusCode(200);
    }

    private static String scrape() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** This service's own lines of the scrape, to show when an assertion fails. */
    private static String serviceMetrics() {
        return scrape().lines().filter(line -> line.startsWith("vgn_")).reduce("", (all, line) -> all + "\n" + line);
    }

    /** The value of one sample, 0 when the series does not exist yet; labels in Prometheus' (alphabetical) order. */
    private static double sample(String name, String labels) {
        var matcher = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels) + ",?\\} (\\S+)").matcher(scrape());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
