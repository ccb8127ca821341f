package nl.veiligegemeente.graph.read;

import java.util.List;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;

import nl.veiligegemeente.graph.model.Ordering;

/** The keyset condition "comes after (or before) this cursor" under an order of several keys. */
final class Keyset {

    private Keyset() {
    }

    /**
     * Rows strictly beyond the cursor in reading direction: after it when paging forwards, before
     * it when paging backwards. For keys k1..kn this is the lexicographic comparison
     * {@code k1 > v1 OR (k1 = v1 AND k2 > v2) OR ...}, with each comparison flipped for descending keys.
     */
    static Condition beyond(Node node, Ordering ordering, Cursor cursor, boolean backward) {
        var keys = ordering.keys();
        List<Object> values = cursor.values();
        var any = Cypher.noCondition();
        for (var i = 0; i < keys.size(); i++) {
            var all = Cypher.noCondition();
            for (var j = 0; j < i; j++) {
                all = all.and(SortExpressions.of(node, keys.get(j)).isEqualTo(Cypher.anonParameter(values.get(j))));
            }
            var key = keys.get(i);
            Expression property = SortExpressions.of(node, key);
            var value = Cypher.anonParameter(values.get(i));
            var later = key.descending() == backward;
            all = all.and(later ? property.gt(value) : property.lt(value));
            any = any.or(all);
        }
        return any;
    }
}
