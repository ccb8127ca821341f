package nl.veiligegemeente.graph.read;

import nl.veiligegemeente.schema.ApiException;

import java.util.Map;
import java.util.Optional;

import nl.veiligegemeente.graph.model.Ordering;

/**
 * The Relay paging arguments of a connection field as the client sent them: {@code first/after}
 * to page forwards, {@code last/before} to page backwards.
 */
public record PageArgs(Integer first, String after, Integer last, String before) {

    /** Rows per page when the client names no size. */
    public static final int DEFAULT_SIZE = 20;
    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 100;

    public static PageArgs of(Map<String, Object> arguments) {
        return new PageArgs(whole(arguments, "first"), text(arguments, "after"), whole(arguments, "last"),
                text(arguments, "before"));
    }

    // SmallRye's scalars let a variable of the wrong JSON type through; say so instead of failing later.
    private static Integer whole(Map<String, Object> arguments, String name) {
        var value = arguments.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && Math.abs(number.doubleValue()) <= Integer.MAX_VALUE) {
            return number.intValue();
        }
        throw ApiException.validation("'" + name + "' must be a whole number, was " + describe(value) + ".");
    }

    private static String text(Map<String, Object> arguments, String name) {
        var value = arguments.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw ApiException.validation("'" + name + "' must be a cursor string, was " + describe(value) + ".");
    }

    private static String describe(Object value) {
        return value instanceof String ? "the text \"" + value + "\"" : String.valueOf(value);
    }

    /** Checks the arguments and turns them into the page to read under the given order. */
    public PageRequest resolve(Ordering ordering) {
        if (first != null && last != null) {
            throw ApiException.validation("Give either 'first' or 'last', not both.");
        }
        if (after != null && before != null) {
            throw ApiException.validation("Give either 'after' or 'before', not both.");
        }
        boolean backward = last != null || before != null;
        if (backward && first != null) {
            throw ApiException.validation("'before' pages backwards: combine it with 'last', not 'first'.");
        }
        if (after != null && last != null) {
            throw ApiException.validation("'after' pages forwards: combine it with 'first', not 'last'.");
        }
        int size = checkedSize(backward ? last : first, backward ? "last" : "first");
        var cursorText = Optional.ofNullable(backward ? before : after);
        var cursor = cursorText.map(text -> Cursor.decode(text, ordering.name(), ordering.keys().size()));
        return new PageRequest(size, backward, cursor, ordering);
    }

    private static int checkedSize(Integer requested, String argument) {
        if (requested == null) {
            return DEFAULT_SIZE;
        }
        if (requested < 0 || requested > MAX_SIZE) {
            throw ApiException.validation("'" + argument + "' must be between 0 and " + MAX_SIZE
                    + ", was " + requested + ".");
        }
        return requested;
    }
}
