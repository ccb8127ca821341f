package nl.veiligegemeente.publishing.write;

import java.util.HashMap;
import java.util.Map;

/** The properties a mutation writes, from name-value pairs: nulls kept (they clear or skip a field), enums by name. */
public final class Properties {

    private Properties() {
    }

    public static Map<String, Object> of(Object... namesAndValues) {
        var properties = new HashMap<String, Object>();
        for (var i = 0; i < namesAndValues.length; i += 2) {
            var value = namesAndValues[i + 1];
            properties.put((String) namesAndValues[i], value instanceof Enum<?> constant ? constant.name() : value);
        }
        return properties;
    }
}
