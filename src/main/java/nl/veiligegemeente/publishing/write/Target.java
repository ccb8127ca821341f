package nl.veiligegemeente.publishing.write;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a mutation wants a node to be: the properties it names (null removes one; properties it
 * does not name stay as they are) and, for the links it names, the complete set of targets.
 */
public record Target(Map<String, Object> properties, Map<String, Set<String>> links) {

    /** Exactly these properties (nulls included, so absent input clears a field) and these links. */
    public static Target replacing(Map<String, Object> properties, Map<String, ? extends Collection<String>> links) {
        var sets = new HashMap<String, Set<String>>();
        links.forEach((field, keys) -> sets.put(field, keys == null ? Set.of() : new LinkedHashSet<>(keys)));
        return new Target(new HashMap<>(properties), sets);
    }

    /** Only links change: the current targets plus ({@code add}) or minus the given ones. */
    public static Target relinking(NodeState state, Map<String, ? extends Collection<String>> given, boolean add) {
        var sets = new HashMap<String, Set<String>>();
        given.forEach((field, keys) -> {
            if (keys != null) {
                var set = new LinkedHashSet<>(state.links(field));
                if (add) {
                    set.addAll(keys);
                } else {
                    set.removeAll(keys);
                }
                sets.put(field, set);
            }
        });
        return new Target(Map.of(), sets);
    }
}
