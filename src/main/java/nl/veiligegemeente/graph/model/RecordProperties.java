package nl.veiligegemeente.graph.model;

import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.graphql.Name;

/**
 * The properties a node type's record declares: its components of value types (text, numbers,
 * truth values, enum constants, dates and times), each under the name of its GraphQL field
 * ({@code @Name}, else the component's name), which is also the name of the property in the graph.
 */
public final class RecordProperties {

    private RecordProperties() {
    }

    /** The record's properties by name, in the order of its components. */
    public static Map<String, RecordComponent> of(Class<? extends Record> record) {
        var properties = new LinkedHashMap<String, RecordComponent>();
        for (var component : record.getRecordComponents()) {
            if (isProperty(component)) {
                properties.put(name(component), component);
            }
        }
        return properties;
    }

    /** Whether the component holds a property, rather than something else a record carries (its related values). */
    public static boolean isProperty(RecordComponent component) {
        var type = component.getType();
        return type.isPrimitive() || type == String.class || type == Boolean.class || type.isEnum()
                || Number.class.isAssignableFrom(type) || Temporal.class.isAssignableFrom(type);
    }

    /** The name of the property the component holds. */
    public static String name(RecordComponent component) {
        var name = component.getAccessor().getAnnotation(Name.class);
        return name == null ? component.getName() : name.value();
    }
}
