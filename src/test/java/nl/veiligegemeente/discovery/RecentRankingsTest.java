package nl.veiligegemeente.discovery;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.ReadConsistency;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * Rankings are kept and answered again without Neo4j until this instance writes; a write through it
 * shows at once, and a request with a consistency token always reads the graph.
 */
@GraphQLTest
class RecentRankingsTest extends FixtureNetworkTest {

    private static final String SIMILAR = """
            { similarApproaches(id: "fixture-aanpak-aadorp-anker", first: 100) { score approach { title } } }""";
    private static final String PUBLISH = """
            mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id } }""";
    private static final String MUNICIPALITY = "GM9982";
    private static final String EXECUTION = "X-VGN-Execution";
    private static final String PREFETCHED = "prefetched";
    private static final String FIELD_BY_FIELD = "field-by-field";
    private static final String PUBLISHED = "fixture-aanpak-kortweg-recent";

    @Inject
    Graph graph;

    @Inject
    Driver driver;

    @Test
    void aRepeatedRankingIsAnsweredWithoutAStatementInBothWaysOfExecuting() {
        for (var execution : List.of(PREFETCHED, FIELD_BY_FIELD)) {
            var first = similar(null, execution);
            var before = graph.statementsSent();
            var again = similar(null, execution);
            assertThat(graph.statementsSent() - before).as("statements of the repeated request (%s)", execution).isZero();
            assertThat(again.getList("approach.title", String.class)).isNotEmpty()
                    .isEqualTo(first.getList("approach.title", String.class));
        }
    }

    @Test
    void aPublishThroughThisInstanceShowsInTheRankingAtOnce() {
        assertThat(similar(null, PREFETCHED).getList("approach.title", String.class))
                .doesNotContain("Fixture Kortweg recent");
        publish();
        var similar = similar(null, PREFETCHED);
        assertThat(similar.getList("approach.title", String.class)).contains("Fixture Kortweg recent");
        // The anchor's three themes (3 each) and its target group (2).
        assertThat(similar.getInt("find { it.approach.title == 'Fixture Kortweg recent' }.score")).isEqualTo(11);
    }

    @Test
    void aRequestWithAConsistencyTokenReadsTheGraphWhileOthersGetTheKeptRanking() {
        var token = publish();
        assertThat(similar(null, PREFETCHED).getList("approach.title", String.class))
                .contains("Fixture Kortweg recent");
        // Another replica retracts it, straight in Neo4j: this instance does not know.
        driver.executableQuery("MATCH (a:Approach {id: $id}) SET a.retractedAt = datetime()")
                .withParameters(Map.of("id", PUBLISHED)).execute();

        assertThat(similar(null, PREFETCHED).getList("approach.title", String.class))
                .as("kept for at most vgn.recent-reads.ttl").contains("Fixture Kortweg recent");
        for (var execution : List.of(PREFETCHED, FIELD_BY_FIELD)) {
            assertThat(similar(token, execution).getList("approach.title", String.class)).as(execution)
                    .doesNotContain("Fixture Kortweg recent");
        }
    }

    /** Removes what the tests published, so that the rankings other tests check stay as the fixtures make them. */
    @AfterEach
    void removePublished() {
        fixtures.write("MATCH (a:Approach {id: $id}) DETACH DELETE a", Map.of("id", PUBLISHED));
    }

    /** Publishes an approach of another municipality sharing the anchor's themes and target group; returns the consistency token. */
    private String publish() {
        fixtures.municipality(MUNICIPALITY, "Fixture Kortweg");
        return graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", Map.of("id", PUBLISHED, "municipalityCode", MUNICIPALITY,
                "title", "Fixture Kortweg recent", "kind", "OTHER", "status", "PILOT",
                "themeIds", List.of("fixture-thema-straatintimidatie", "fixture-thema-witwassen", "fixture-thema-woonfraude"),
                "targetGroupIds", List.of("fixture-doelgroep-jongeren"))))
                .body("errors", nullValue())
                .body("extensions.consistencyToken", not(emptyOrNullString()))
                .extract().jsonPath().getString("extensions.consistencyToken");
    }

    private static JsonPath similar(String token, String execution) {
        var request = given().contentType(ContentType.JSON).header(EXECUTION, execution);
        if (token != null) {
            request.header(ReadConsistency.HEADER, token);
        }
        return request.body(Map.of("query", SIMILAR)).post("/graphql").then()
                .body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.similarApproaches");
    }
}
