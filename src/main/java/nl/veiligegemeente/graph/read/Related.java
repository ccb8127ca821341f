package nl.veiligegemeente.graph.read;

import java.util.Map;

/**
 * The already-read values of a node's relation fields, keyed by the GraphQL result key
 * (field name or alias) under which the request selected them.
 */
public record Related(Map<String, Object> byResultKey) {

    /** True when the read statement produced a value for this result key (which may be null). */
    public boolean has(String resultKey) {
        return byResultKey.containsKey(resultKey);
    }

    public Object get(String resultKey) {
        return byResultKey.get(resultKey);
    }
}
