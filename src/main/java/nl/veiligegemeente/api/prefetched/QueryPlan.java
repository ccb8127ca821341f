package nl.veiligegemeente.api.prefetched;

import java.util.List;

import graphql.schema.SelectedField;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.PageRequest;

/** How to answer a query from prefetched rows: each root field in order, with the one statement it runs. */
record QueryPlan(List<RootField> rootFields) {

    /**
     * One root field: {@code __typename}, a lookup of one node by key, or a page of a type. Its
     * {@code typeName} is the query type's name for {@code __typename} and the connection's for a page.
     */
    record RootField(String resultKey, Kind kind, NodeType type, List<SelectedField> selection,
            Graph.Rendered statement, PageRequest page, String typeName) {

        enum Kind { TYPENAME, LOOKUP, PAGE }

        static RootField typename(String resultKey, String queryType) {
            return new RootField(resultKey, Kind.TYPENAME, null, List.of(), null, null, queryType);
        }
    }
}
