package nl.veiligegemeente.discovery;

import java.util.List;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.RelationshipPattern;
import org.neo4j.cypherdsl.core.StatementBuilder;

import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Relation;
import nl.veiligegemeente.graph.read.Paths;

/**
 * One thing that makes a ranked approach worth showing, as a pattern from the anchor (the approach
 * or municipality it is ranked for) to the candidate approach: every distinct {@code value} the
 * pattern finds adds {@code weight} to the candidate's score and is listed, as data, under
 * {@code field} of its reasons.
 *
 * @param proposes whether a candidate may be found through this reason alone
 * @param type     the node type of the values, or null when they are plain values (an area kind)
 * @param node     the node the values are, or null when they are plain values
 */
record Reason(String field, int weight, boolean proposes, NodeType type, Node node, Expression value,
        List<PatternElement> patterns, Condition where) {

    /** A reason whose values are nodes of a type, read with the fields the request selects. */
    static Reason nodes(String field, int weight, boolean proposes, NodeType type, Node node, PatternElement... patterns) {
        return new Reason(field, weight, proposes, type, node, node.getRequiredSymbolicName(), List.of(patterns),
                Cypher.noCondition());
    }

    /** A reason whose values are plain values, such as a property of the nodes the patterns reach. */
    static Reason values(String field, int weight, boolean proposes, Expression value, Condition where,
            PatternElement... patterns) {
        return new Reason(field, weight, proposes, null, null, value, List.of(patterns), where);
    }

    /** The same reason, restricted to the paths that meet a condition. */
    Reason where(Condition condition) {
        return new Reason(field, weight, proposes, type, node, value, patterns, where.and(condition));
    }

    /**
     * Each pattern in a MATCH of its own, so that two patterns may share a relationship (one session
     * covering both approaches), then the condition.
     */
    StatementBuilder.OngoingReadingWithWhere match() {
        var reading = Cypher.match(patterns.get(0));
        for (var pattern : patterns.subList(1, patterns.size())) {
            reading = reading.match(pattern);
        }
        return reading.where(where);
    }

    /**
     * The pattern from {@code start} along the relations one after the other, with the relationship
     * types of the model, reaching {@code reached.get(i)} after the i-th hop.
     */
    static RelationshipPattern path(Node start, List<Node> reached, Relation... relations) {
        return (RelationshipPattern) Paths.along(start, Relation.joined(relations), reached);
    }
}
