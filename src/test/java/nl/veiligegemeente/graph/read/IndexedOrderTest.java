package nl.veiligegemeente.graph.read;

import static nl.veiligegemeente.network.TestModel.MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.SelectedFields;

/**
 * How Neo4j plans the read planner's statement for a page of every node of a type, on the migrated
 * graph: it walks the range index of the first sort key in order and stops at the end of the page,
 * instead of reading every node of the label and sorting them.
 */
@GraphQLTest
class IndexedOrderTest {

    @Inject
    Driver driver;

    @Test
    void aFirstPageWalksTheIndexOfItsOrderFromTheStart() {
        assertThat(operators(null)).contains("NodeIndexScan").doesNotContain("NodeByLabelScan");
    }

    @Test
    void aPageAfterACursorWalksTheIndexOfItsOrderInOrder() {
        var cursor = new Cursor(NetworkModel.SPEAKER.defaultOrder().name(), List.of("M", "m")).encode();
        // Neo4j seeks from the cursor or scans the index from its start, by its statistics; either way in
        // the index's order, never as a union of seeks whose rows it must all sort.
        assertThat(operators(cursor)).containsAnyOf("NodeIndexSeekByRange", "NodeIndexScan")
                .doesNotContain("NodeByLabelScan", "Union", "Top");
    }

    /** The operators of the plan of a page of speakers in their default order (by name). */
    private List<String> operators(String after) {
        var root = SelectedFields.root(after == null
                ? "{ speakers(first: 5) { nodes { name } } }"
                : "{ speakers(first: 5, after: \"" + after + "\") { nodes { name } } }");
        var request = PageArgs.of(root.arguments()).resolve(NetworkModel.SPEAKER.defaultOrder());
        var statement = Graph.Rendered.of(
                ReadPlanner.page(MODEL, NetworkModel.SPEAKER, request, NodeFilter.ALL, root.selection()));
        var plan = driver.executableQuery("EXPLAIN " + statement.cypher())
                .withParameters(statement.parameters())
                .execute().summary().plan();
        var operators = new ArrayList<String>();
        collect(plan, operators);
        return operators;
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType().replaceAll("@.*", ""));
        plan.children().forEach(child -> collect(child, operators));
    }
}
