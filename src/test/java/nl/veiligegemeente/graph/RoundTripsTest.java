package nl.veiligegemeente.graph;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veiligegemeente.graph.model.NodeId;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;

/** A request costs one Cypher statement per root field, however many rows and levels it returns. */
@GraphQLTest
class RoundTripsTest {

    private static final String NESTED = """
            query($code: ID!) { municipality(code: $code) {
              name
              approaches(first: 100) { totalCount pageInfo { hasNextPage } edges { cursor node {
                title
                municipality { name }
                themes { nodes { name approaches { totalCount nodes { municipality { code } } } } }
                targetGroups { nodes { name } }
                sources { nodes { title } }
              } } }
              themes { nodes { name } }
            } }""";

    @Inject
    Graph graph;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void aSmallAndALargeFictitiousMunicipality() {
        fixtures.write("""
                UNWIND $municipalities AS m
                MERGE (muni:Municipality {code: m.code}) SET muni.name = m.name
                WITH muni, m UNWIND range(1, m.approaches) AS i
                MERGE (a:Approach {id: 'fixture-' + m.code + '-' + i})
                SET a.title = 'Fixture aanpak ' + i, a.kind = 'OTHER', a.status = 'ACTIVE',
                    a.evidenceLevel = 'NOT_ASSESSED', a.version = 1
                MERGE (muni)-[:RUNS]->(a)
                WITH a, i UNWIND range(1, 3) AS t
                MERGE (theme:Theme {id: 'fixture-thema-' + t}) SET theme.name = 'Fixture thema ' + t
                MERGE (group:TargetGroup {id: 'fixture-doelgroep-' + t}) SET group.name = 'Fixture doelgroep ' + t
                MERGE (a)-[:ADDRESSES]->(theme)
                MERGE (a)-[:AIMS_AT]->(group)""",
                Map.of("municipalities", List.of(
                        Map.of("code", "GM9901", "name", "Fixture Kleindorp", "approaches", 2),
                        Map.of("code", "GM9902", "name", "Fixture Grootstad", "approaches", 60))));
    }

    @Test
    void aNestedQueryCostsOneStatementWhateverTheRows() {
        var small = statementsFor(NESTED, Map.of("code", "GM9901"), 2);
        var large = statementsFor(NESTED, Map.of("code", "GM9902"), 60);
        assertThat(small).isEqualTo(1);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void eachRootFieldCostsOneStatement() {
        var before = graph.statementsSent();
        graphql("""
                { a: municipality(code: "GM9902") { approaches { nodes { themes { nodes { name } } } } }
                  b: themes(first: 50) { nodes { approaches { totalCount } } }
                  c: approach(id: "fixture-GM9902-7") { municipality { name } } }""")
                .body("errors", nullValue());
        assertThat(graph.statementsSent() - before).isEqualTo(3);
    }

    @Test
    void nodesOfSeveralTypesCostOneStatement() {
        var ids = new ArrayList<String>();
        for (var i = 1; i <= 60; i++) {
            ids.add(NodeId.encode("Approach", "fixture-GM9902-" + i));
        }
        ids.addAll(List.of(NodeId.encode("Municipality", "GM9902"), NodeId.encode("Theme", "ondermijning")));
        var before = graph.statementsSent();
        var nodes = graphql("query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on Approach { municipality { code } } } }",
                Map.of("ids", ids))
                .body("errors", nullValue())
                .extract().jsonPath().getList("data.nodes.id", String.class);
        assertThat(graph.statementsSent() - before).isEqualTo(1);
        assertThat(nodes).containsExactlyElementsOf(ids);
    }

    private long statementsFor(String query, Map<String, Object> variables, int expectedApproaches) {
        var before = graph.statementsSent();
        var response = graphql(query, variables).extract().jsonPath();
        var statements = graph.statementsSent() - before;
        assertThat(response.getList("errors")).isNull();
        assertThat(response.getInt("data.municipality.approaches.totalCount")).isEqualTo(expectedApproaches);
        assertThat(response.getList("data.municipality.approaches.edges")).hasSize(expectedApproaches);
        assertThat(response.getList("data.municipality.approaches.edges.node.themes.nodes.name").stream()
                .mapToInt(names -> ((List<?>) names).size()).sum()).isEqualTo(3 * expectedApproaches);
        return statements;
    }
}
