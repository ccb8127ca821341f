package nl.veiligegemeente.graph.read;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SortItem;

import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Ordering;
import nl.veiligegemeente.graph.model.SortKey;

/** The Cypher side of an {@link Ordering}: the expressions to sort by, compare cursors with and return as sort values. */
final class SortExpressions {

    private SortExpressions() {
    }

    static Expression of(Node node, SortKey key) {
        var property = node.property(key.property());
        return key.whenMissing() == null ? property : Cypher.coalesce(property, Cypher.anonParameter(key.whenMissing()));
    }

    static SortItem[] sortItems(Node node, Ordering ordering, boolean reversed) {
        return ordering.keys().stream()
                .map(key -> key.descending() != reversed ? Cypher.sort(of(node, key), SortItem.Direction.DESC)
                        : Cypher.sort(of(node, key), SortItem.Direction.ASC))
                .toArray(SortItem[]::new);
    }

    static Expression values(Node node, Ordering ordering) {
        return Cypher.listOf(ordering.keys().stream().map(key -> of(node, key)).toList());
    }

    /**
     * A condition every node of a type meets anyway, which lets Neo4j walk the range index of the
     * order's first key in order and stop at the end of a page instead of sorting every node: that
     * key is set, where the type requires it and the order has no stand-in for missing values.
     * (Beyond a cursor, Neo4j already seeks the index from the cursor's keyset condition.)
     */
    static Condition indexWalk(Node node, NodeType type, Ordering ordering) {
        var first = ordering.keys().get(0);
        return first.whenMissing() == null && type.requires(first.property())
                ? node.property(first.property()).isNotNull()
                : Cypher.noCondition();
    }
}
