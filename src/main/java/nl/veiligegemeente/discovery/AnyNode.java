package nl.veiligegemeente.discovery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Case;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;

import graphql.schema.SelectedField;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.graph.read.Row;
import nl.veiligegemeente.network.NetworkNode;
import nl.veiligegemeente.network.NetworkNodes;
import nl.veiligegemeente.graph.read.Selections;

/**
 * A node whose type a statement learns only when it runs (a search hit, a step of a path): a
 * {@code CASE} over its possible types, each branch the read planner's projection of the fields
 * the request selected for that type, so the node is read in the same statement that found it.
 */
final class AnyNode {

    private static final String TYPE = "type";
    private static final String FIELDS = "fields";

    private AnyNode() {
    }

    /** {@code {type, fields}}: the node's label and the fields the union selection asks of that type. */
    static Expression projection(GraphModel model, Collection<NodeType> types, Node node, List<SelectedField> unionFields) {
        return byType(types, node, type -> Cypher.mapOf(TYPE, Cypher.literalOf(type.label()), FIELDS,
                ReadPlanner.projection(model, type, node, Selections.forType(unionFields, type.label()))));
    }

    /** The node's unique key (an id, or a municipality's code), for ordering nodes of mixed types. */
    static Expression key(Collection<NodeType> types, Node node) {
        return byType(types, node, type -> node.property(type.key()));
    }

    /** The node's label among the given types. */
    static Expression label(Collection<NodeType> types, Node node) {
        return byType(types, node, type -> Cypher.literalOf(type.label()));
    }

    /** The record of a node read with {@link #projection}. */
    @SuppressWarnings("unchecked")
    static NetworkNode read(Object projected) {
        var value = (Map<String, Object>) projected;
        return NetworkNodes.from(typeOf(projected), new Row((Map<String, Object>) value.get(FIELDS)));
    }

    /** The label of a node read with {@link #projection}. */
    @SuppressWarnings("unchecked")
    static String typeOf(Object projected) {
        return (String) ((Map<String, Object>) projected).get(TYPE);
    }

    /** One expression per type the node may have, chosen by its label. */
    static Expression byType(Collection<NodeType> types, Node node, Function<NodeType, Expression> branch) {
        Case cases = Cypher.caseExpression();
        for (var type : types) {
            cases = cases.when(node.hasLabels(type.label())).then(branch.apply(type));
        }
        return cases;
    }
}
