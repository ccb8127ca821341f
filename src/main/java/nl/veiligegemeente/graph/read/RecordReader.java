package nl.veiligegemeente.graph.read;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import nl.veiligegemeente.graph.model.RecordProperties;

/**
 * Makes the record of a node type from a {@link Row}: each component of its canonical constructor
 * gets the row's value of the property of the same name, converted to the component's type, and a
 * {@link Related} component the values of the selected relations. The constructor and the
 * conversions are resolved once per record class.
 */
public final class RecordReader<T extends Record> implements Function<Row, T> {

    private static final ClassValue<RecordReader<?>> READERS = new ClassValue<>() {
        @Override
        protected RecordReader<?> computeValue(Class<?> type) {
            return new RecordReader<>(type.asSubclass(Record.class));
        }
    };

    private final Constructor<T> constructor;
    private final List<Function<Row, Object>> components;

    private RecordReader(Class<T> record) {
        var declared = record.getRecordComponents();
        try {
            constructor = record.getDeclaredConstructor(
                    Arrays.stream(declared).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(record.getName() + " has no canonical constructor", e);
        }
        constructor.setAccessible(true);
        components = Arrays.stream(declared).map(component -> reader(record, component)).toList();
    }

    /** The reader of the given record class. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordReader<T> of(Class<T> record) {
        return (RecordReader<T>) READERS.get(record);
    }

    @Override
    public T apply(Row row) {
        var arguments = new Object[components.size()];
        for (var i = 0; i < arguments.length; i++) {
            arguments[i] = components.get(i).apply(row);
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not make a " + constructor.getDeclaringClass().getSimpleName()
                    + " of " + row.values(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Function<Row, Object> reader(Class<?> record, RecordComponent component) {
        if (component.getType() == Related.class) {
            return Row::related;
        }
        if (!RecordProperties.isProperty(component)) {
            throw new IllegalArgumentException(record.getSimpleName() + "." + component.getName() + " is a "
                    + component.getType().getSimpleName() + ", which is neither a property nor the related values");
        }
        var name = RecordProperties.name(component);
        var convert = converter(record, component);
        var primitive = component.getType().isPrimitive();
        return row -> {
            var value = row.values().get(name);
            if (value == null) {
                if (primitive) {
                    throw new IllegalStateException(record.getSimpleName() + "." + name + " is missing from " + row.values());
                }
                return null;
            }
            return convert.apply(value);
        };
    }

    /** How a value the driver returned becomes a value of the component's type. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Function<Object, Object> converter(Class<?> record, RecordComponent component) {
        var type = component.getType();
        if (type.isEnum()) {
            return value -> Enum.valueOf((Class<? extends Enum>) type, (String) value);
        }
        if (type == Integer.class || type == int.class) {
            return value -> ((Number) value).intValue();
        }
        if (type == Long.class || type == long.class) {
            return value -> ((Number) value).longValue();
        }
        if (type == Double.class || type == double.class) {
            return value -> ((Number) value).doubleValue();
        }
        if (type == OffsetDateTime.class) {
            return value -> ((ZonedDateTime) value).toOffsetDateTime();
        }
        if (type == Instant.class) {
            return value -> ((ZonedDateTime) value).toInstant();
        }
        if (type == String.class || type == LocalDate.class || type == Boolean.class || type == boolean.class) {
            return Function.identity();
        }
        throw new IllegalArgumentException(record.getSimpleName() + "." + component.getName() + " is a "
                + type.getSimpleName() + ", which no property of the graph converts to");
    }
}
