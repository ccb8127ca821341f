package nl.veiligegemeente.api.prefetched;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import graphql.GraphQLContext;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;

/** Writes a property as its GraphQL type serialises it, exactly as graphql-java would. */
final class Scalars {

    private Scalars() {
    }

    /** The writer of a property value for the field's type, chosen once; null values are refused where the type is non-null. */
    static JsonWriter<Object> writer(SelectedField field) {
        var value = valueWriter(field);
        var nonNull = field.getType() instanceof GraphQLNonNull;
        var resultKey = field.getResultKey();
        return (out, property) -> {
            if (property != null) {
                value.write(out, property);
            } else if (nonNull) {
                throw new NotPrefetchable(resultKey + " is null but may not be");
            } else {
                out.writeNull();
            }
        };
    }

    private static JsonWriter<Object> valueWriter(SelectedField field) {
        var type = GraphQLTypeUtil.unwrapNonNull(field.getType());
        if (type instanceof GraphQLEnumType) {
            return (out, value) -> out.writeString(value.toString());
        }
        if (!(type instanceof GraphQLScalarType scalar)) {
            throw new NotPrefetchable(field.getName() + " is not a scalar");
        }
        return switch (scalar.getName()) {
            case "String", "ID" -> (out, value) -> out.writeString(value.toString());
            case "Int" -> (out, value) -> out.writeNumber(((Number) value).intValue());
            case "Float" -> (out, value) -> out.writeNumber(((Number) value).doubleValue());
            case "Boolean" -> (out, value) -> out.writeBoolean((Boolean) value);
            default -> (out, value) -> serialised(out, scalar.getCoercing().serialize(javaValue(value),
                    GraphQLContext.getDefault(), Locale.ROOT));
        };
    }

    /** A serialised scalar; SmallRye's date scalars leave the date to the JSON step, which writes it in ISO form. */
    private static void serialised(JsonGenerator out, Object value) throws IOException {
        if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            out.writeNumber(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        } else if (value instanceof OffsetDateTime dateTime) {
            out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime));
        } else {
            throw new NotPrefetchable("a scalar serialised as " + value.getClass().getSimpleName());
        }
    }

    /** The Java value a record of the type holds for a value the driver returned. */
    private static Object javaValue(Object value) {
        return value instanceof ZonedDateTime dateTime ? dateTime.toOffsetDateTime() : value;
    }
}
