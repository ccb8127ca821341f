package nl.veiligegemeente.publishing.write;

import java.util.HashMap;
import java.util.Map;

/**
 * The properties a mutation writes, from name-value pairs: nulls kept (they clear or skip a field),
 * enums by name, and only names the model declares for the written type.
 */
public final class Properties {

    private Properties() {
    }

    /** The properties of a node of the writable type; a name its record does not declare is refused. */
    public static Map<String, Object> of(Writable writable, Object... namesAndValues) {
        var properties = new HashMap<String, Object>();
        for (var i = 0; i < namesAndValues.length; i += 2) {
            var value = namesAndValues[i + 1];
            properties.put((String) namesAndValues[i], value instanceof Enum<?> constant ? constant.name() : value);
        }
        writable.checkProperties(properties.keySet());
        return properties;
    }
}
