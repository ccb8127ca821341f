package nl.veiligegemeente.graph.read;

import java.util.List;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.graph.model.Ordering;
import nl.veiligegemeente.graph.model.SortKey;

/** The keyset condition "comes after (or before) this cursor" under an order of several keys. */
final class Keyset {

    private Keyset() {
    }

    /**
     * Rows strictly beyond the cursor in reading direction: after it when paging forwards, before
     * it when paging backwards, with each comparison flipped for descending keys. For keys k1..kn
     * this is {@code k1 >= v1 AND (k1 <> v1 OR <the same for k2..kn>)}, ending in {@code kn > vn}:
     * the lexicographic comparison {@code k1 > v1 OR (k1 = v1 AND k2 > v2) OR ...} (missing values
     * included), written so that its only bound on k1 is one range, which Neo4j seeks in the first
     * key's index in order, where it would split the disjunction into seeks whose union it must sort.
     */
    static Condition beyond(Node node, Ordering ordering, Cursor cursor, boolean backward) {
        var keys = ordering.keys();
        List<Object> values = cursor.values();
        var last = keys.size() - 1;
        var condition = compare(node, keys.get(last), values.get(last), backward, true);
        for (var i = last - 1; i >= 0; i--) {
            var differs = SortExpressions.of(node, keys.get(i)).isNotEqualTo(Cypher.anonParameter(values.get(i)));
            condition = compare(node, keys.get(i), values.get(i), backward, false).and(differs.or(condition));
        }
        return condition;
    }

    /** The key strictly (or not strictly) beyond its value in the cursor. */
    private static Condition compare(Node node, SortKey key, Object cursorValue, boolean backward, boolean strictly) {
        var property = SortExpressions.of(node, key);
        var value = Cypher.anonParameter(cursorValue);
        var later = key.descending() == backward;
        if (later) {
            return strictly ? property.gt(value) : property.gte(value);
        }
        return strictly ? property.lt(value) : property.lte(value);
    }
}
