package nl.veiligegemeente.publishing.write;

import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Relation;

/**
 * A relation a mutation may set: one hop to nodes of the target type. When {@code scope} is given,
 * a target must belong to the same owner as the written node (an area of the approach's own
 * municipality), found by following that relation of the target type to a {@code scopeOwner}.
 */
public record Link(String field, Relation relation, NodeType target, Relation scope, NodeType scopeOwner) {

    public Link {
        if (relation.path().size() != 1 || relation.path().get(0).isVariableLength()) {
            throw new IllegalArgumentException("A writable relation is a single hop: " + field);
        }
    }

    Hop hop() {
        return relation.path().get(0);
    }

    boolean scoped() {
        return scope != null;
    }
}
