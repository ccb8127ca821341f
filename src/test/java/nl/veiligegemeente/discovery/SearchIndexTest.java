package nl.veiligegemeente.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import nl.veiligegemeente.support.GraphQLTest;

/**
 * What the search statement takes from the full-text index as migrated into Neo4j: it leaves out the
 * label test when all kinds are asked for.
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
}
