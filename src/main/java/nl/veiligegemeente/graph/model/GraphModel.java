package nl.veiligegemeente.graph.model;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All node types the API exposes, found by label (which is also their GraphQL type name). */
public record GraphModel(Map<String, NodeType> types) {

    public static GraphModel of(Collection<NodeType> types) {
        var byLabel = types.stream().collect(Collectors.toMap(NodeType::label, Function.identity()));
        byLabel.values().forEach(type -> type.relations().values().forEach(relation -> {
            if (!byLabel.containsKey(relation.targetLabel())) {
                throw new IllegalArgumentException(type.label() + "." + relation.field()
                        + " leads to " + relation.targetLabel() + ", which is not part of the model");
            }
        }));
        return new GraphModel(Map.copyOf(byLabel));
    }

    public NodeType type(String label) {
        var type = types.get(label);
        if (type == null) {
            throw new IllegalArgumentException("No node type " + label);
        }
        return type;
    }

    public NodeType target(Relation relation) {
        return type(relation.targetLabel());
    }
}
