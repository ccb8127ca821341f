package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.support.GraphQLTest;

/** Each discovery field costs one Cypher statement, whatever the number of rows and the depth selected. */
@GraphQLTest
class DiscoveryRoundTripsTest extends FixtureNetworkTest {

    private static final String SEARCH = """
            query($first: Int) { search(text: "wijkveiligheid woonfraude", first: $first) { totalCount edges { node {
              score snippet item { ... on Approach { title municipality { name } themes { nodes { name approaches { totalCount } } } }
                                   ... on Theme { name approaches { nodes { title } } } }
            } } } }""";
    private static final String SIMILAR = """
            query($first: Int) { similarApproaches(id: "fixture-aanpak-aadorp-anker", first: $first) {
              score approach { title municipality { name } targetGroups { nodes { name } } }
              reasons { themes { name approaches { totalCount } } targetGroups { name } seminars { title sessions { nodes { title } } } areaKinds }
            } }""";
    private static final String RECOMMENDED = """
            query($first: Int) { recommendedApproaches(municipality: "GM9911", first: $first) {
              score approach { title municipality { name areas { nodes { name } } } }
              reasons { themes { name } newTargetGroups { name approaches { totalCount } } }
            } }""";
    private static final String CONNECTION = """
            { connection(from: "GM9911", to: "GM9912") { steps { node {
              ... on Approach { title themes { nodes { name } } } ... on Session { title seminar { title } }
              ... on Municipality { name approaches { totalCount } }
            } } } }""";

    @Inject
    Graph graph;

    @Test
    void searchCostsOneStatement() {
        assertThat(statementsFor(SEARCH, 2)).isEqualTo(1);
        assertThat(statementsFor(SEARCH, 40)).isEqualTo(1);
    }

    @Test
    void similarApproachesCostOneStatement() {
        assertThat(statementsFor(SIMILAR, 2)).isEqualTo(1);
        assertThat(statementsFor(SIMILAR, 46)).isEqualTo(1);
    }

    @Test
    void recommendationsCostOneStatement() {
        assertThat(statementsFor(RECOMMENDED, 2)).isEqualTo(1);
        assertThat(statementsFor(RECOMMENDED, 46)).isEqualTo(1);
    }

    @Test
    void aConnectionCostsOneStatement() {
        assertThat(statementsFor(CONNECTION, 0)).isEqualTo(1);
    }

    @Test
    void allFourInOneRequestCostFourStatements() {
        var before = graph.statementsSent();
        graphql("""
                { a: search(text: "woonfraude") { totalCount }
                  b: similarApproaches(id: "fixture-aanpak-aadorp-anker") { score }
                  c: recommendedApproaches(municipality: "GM9911") { score }
                  d: connection(from: "GM0935", to: "GM0363") { length } }""")
                .body("errors", org.hamcrest.Matchers.nullValue());
        assertThat(graph.statementsSent() - before).isEqualTo(4);
    }

    private long statementsFor(String query, int first) {
        var before = graph.statementsSent();
        var response = graphql(query, Map.of("first", first)).extract().jsonPath();
        var statements = graph.statementsSent() - before;
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getMap("data").values()).doesNotContainNull();
        return statements;
    }
}
