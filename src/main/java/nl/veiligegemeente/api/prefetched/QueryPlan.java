package nl.veiligegemeente.api.prefetched;

import java.util.List;

import org.neo4j.driver.Value;

import nl.veiligegemeente.graph.Graph;

/** How to answer a query from prefetched rows: each root field in order, with the one statement it runs. */
record QueryPlan(List<RootField> rootFields) {

    /**
     * One root field: the statement it runs (none for {@code __typename}), whether a recent result
     * of it may serve, and the writer of its value from the values that statement returns.
     */
    record RootField(String resultKey, Graph.Rendered statement, boolean reusable, JsonWriter<List<Value>> writer) {
    }
}
