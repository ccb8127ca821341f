package nl.veiligegemeente.graph.read;

import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ListOrder;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Ordering;

/**
 * Reads the {@code filter} and {@code orderBy} arguments of any list of a node type, as the typed
 * inputs the type declares, so that nested lists filter and order exactly like root lists.
 */
public final class ListArguments {

    static final String FILTER = "filter";
    static final String ORDER_BY = "orderBy";

    private static final ObjectMapper INPUTS = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ListArguments() {
    }

    /** The filter the arguments ask for; every node when there is none. */
    public static NodeFilter filter(NodeType type, Map<String, Object> arguments) {
        var raw = arguments.get(FILTER);
        var input = type.listInputs().filter();
        return raw == null || input == null ? NodeFilter.ALL : (NodeFilter) convert(raw, input);
    }

    /** The order the arguments ask for; the type's default order when there is none. */
    public static Ordering ordering(NodeType type, Map<String, Object> arguments) {
        var raw = arguments.get(ORDER_BY);
        var input = type.listInputs().order();
        return raw == null || input == null ? type.defaultOrder() : ListOrder.of(type, (ListOrder) convert(raw, input));
    }

    private static Object convert(Object raw, Class<?> input) {
        try {
            return INPUTS.convertValue(raw, input);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("The " + input.getSimpleName() + " is not valid: " + e.getMessage());
        }
    }
}
