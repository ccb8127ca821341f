package nl.veiligegemeente.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import nl.veiligegemeente.support.GraphQLTest;

/**
 * What the search statement takes from the full-text index as migrated into Neo4j: it leaves out the
 * label test when all kinds are asked for, and does not sort the hits the procedure returns.
 */
@GraphQLTest
class SearchIndexTest {

    @Inject
    Driver driver;

    @Test
    void theIndexCoversExactlyTheLabelsOfTheSearchTypes() {
        var labels = driver.executableQuery("""
                SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes""")
                .withParameters(Map.of("name", Search.INDEX))
                .execute().records().stream()
                .flatMap(index -> index.get("labelsOrTypes").asList(Value::asString).stream())
                .toList();
        assertThat(labels).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(SearchType.values()).map(type -> type.nodeType().label()).toList());
    }

    @Test
    void theQueryProcedureReturnsItsHitsMostRelevantFirst() {
        var scores = driver.executableQuery("""
                CALL db.index.fulltext.queryNodes($name, 'gemeente aanpak~1') YIELD node, score
                WHERE node.retractedAt IS NULL RETURN score""")
                .withParameters(Map.of("name", Search.INDEX))
                .execute().records().stream().map(hit -> hit.get("score").asDouble()).toList();
        assertThat(scores).hasSizeGreaterThan(5).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(scores.get(0)).isGreaterThan(scores.get(scores.size() - 1));
    }
}
