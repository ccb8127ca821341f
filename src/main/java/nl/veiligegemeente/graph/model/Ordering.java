package nl.veiligegemeente.graph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A named, total order of a node type: the given sort keys, then the node's key to break ties,
 * so that every node has exactly one place and keyset cursors are exact.
 */
public record Ordering(String name, List<SortKey> keys) {

    public Ordering {
        keys = List.copyOf(keys);
    }

    /** An order by the given keys with the unique key property appended as the final tie-breaker. */
    public static Ordering of(String name, String uniqueKey, SortKey... keys) {
        var all = new ArrayList<>(List.of(keys));
        all.add(SortKey.ascending(uniqueKey));
        return new Ordering(name, all);
    }
}
