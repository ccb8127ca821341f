package nl.veiligegemeente.graph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;

import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.Hop;
import nl.veiligegemeente.graph.model.NodeType;

/**
 * Builds the node variables and relationship patterns of one statement: every node gets a name
 * unique in the statement, and every pattern comes with the visibility of the nodes on it.
 */
public final class Patterns {

    private final GraphModel model;
    private int nextName;

    public Patterns(GraphModel model) {
        this.model = model;
    }

    public GraphModel model() {
        return model;
    }

    /** A fresh variable for a node of the given type. */
    public Node node(NodeType type) {
        return Cypher.node(type.label()).named("n" + nextName++);
    }

    /** Whether the node may be shown: retracted nodes of retractable types are hidden from every read. */
    public static Condition visible(NodeType type, Node node) {
        return type.retractable() ? node.property(NodeType.RETRACTED_AT).isNull() : Cypher.noCondition();
    }

    /** A pattern from {@code from} along the hops to {@code to}, and the visibility of every node it reaches. */
    public Match path(Node from, List<Hop> hops, Node to) {
        var reached = new ArrayList<Node>();
        var visible = Cypher.noCondition();
        for (var i = 0; i < hops.size(); i++) {
            var hopType = model.type(hops.get(i).label());
            var next = i == hops.size() - 1 ? to : node(hopType);
            visible = visible.and(visible(hopType, next));
            reached.add(next);
        }
        return new Match(Paths.along(from, hops, reached), visible);
    }

    /**
     * Every visible node of the type that passes the filter: matched from the filter's start (see
     * {@link NodeFilter#start}) when there is one, checking only the rest of the filter, else every node.
     */
    public Match every(NodeType type, Node node, NodeFilter filter, Optional<NodeFilter.Start> start) {
        var pattern = start.map(s -> s.match().pattern()).orElse(node);
        var condition = start.map(s -> s.match().visible().and(s.rest())).orElseGet(() -> filter.on(node, this));
        return new Match(pattern, visible(type, node).and(condition));
    }

    /** A pattern to match and the condition under which what it reaches may be shown. */
    public record Match(PatternElement pattern, Condition visible) {
    }
}
