package nl.veiligegemeente.graph.read;

import java.util.List;
import java.util.Map;

/**
 * One node as a read statement returned it: the selected properties, the values of the
 * selected relations (by GraphQL result key) and, inside a page, its sort values.
 */
public record Row(Map<String, Object> values) {

    /** The key under which a node carries the values of its selected relations, by result key. */
    public static final String RELATED = "_related";
    /** The key under which a row of a page carries the values its cursor is made of. */
    public static final String SORT_VALUES = "_sort";

    /** The values of the relations selected on this node, to hand to its relation fields. */
    @SuppressWarnings("unchecked")
    public Related related() {
        var related = (Map<String, Object>) values.get(RELATED);
        return new Related(related == null ? Map.of() : related);
    }

    @SuppressWarnings("unchecked")
    List<Object> sortValues() {
        return (List<Object>) values.get(SORT_VALUES);
    }
}
