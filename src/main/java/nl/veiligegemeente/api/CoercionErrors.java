package nl.veiligegemeente.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * The one place that words a value the schema cannot take (a Date that is no day, an Int out of
 * range, an unknown enum value), in an argument or in a variable: which field, which value, and
 * what was expected, without the engine's class names or syntax-tree dumps. Such an error is a
 * {@link ErrorCode#VALIDATION} error: the request was well-formed, a value in it was not acceptable.
 */
final class CoercionErrors {

    private static final Pattern ARGUMENT = Pattern.compile(
            "(?s).*argument '([^']*)' with value '(.*?)' is not a valid '([^']*)'(?: - (.*))?");
    private static final Pattern VARIABLE = Pattern.compile("(?s)Variable '([^']*)' has an invalid value: (.*)");
    private static final Pattern ENUM_LITERAL = Pattern.compile(
            "(?s)Literal value not in allowable values for enum '([^']*)' - '\\w+Value\\{(?:name|value)='(.*)'}'");
    private static final Pattern ENUM_VARIABLE = Pattern.compile(
            "(?s)Invalid input for enum '([^']*)'\\. No value found for name '(.*)'");
    private static final Pattern SYNTAX_TREE_VALUE = Pattern.compile("\\w+Value\\{(?:value|name)='?([^'}]*)'?}");
    private static final Pattern WRONG_JAVA_TYPE = Pattern.compile(
            "(?s)Expected a value that can be converted to type '(\\w+)' but it was a '(\\w+)'");
    private static final Map<String, String> JSON_KINDS = Map.of("String", "text", "Boolean", "true or false",
            "LinkedHashMap", "an object", "HashMap", "an object", "ArrayList", "a list");

    private CoercionErrors() {
    }

    /** The message for a value the schema could not take, or empty when the error is something else. */
    static Optional<String> message(GraphQLError error, GraphQLSchema schema, Map<String, Object> variables) {
        if (error.getErrorType() != ErrorType.ValidationError) {
            return Optional.empty();
        }
        if (error instanceof ValidationError validation) {
            var argument = ARGUMENT.matcher(validation.getMessage());
            if (validation.getValidationErrorType() != ValidationErrorType.WrongType || !argument.matches()) {
                return Optional.empty();
            }
            return Optional.of(worded(argument, error, schema));
        }
        var variable = VARIABLE.matcher(error.getMessage());
        if (!variable.matches()) {
            return Optional.empty();
        }
        var reason = variable.group(2);
        var enumValue = ENUM_VARIABLE.matcher(reason);
        var refused = enumValue.matches() ? Optional.of(enumValue.group(2)) : refusedValue(error);
        var field = variable.group(1) + refused.flatMap(value -> pathTo(value, variables.get(variable.group(1)))).orElse("");
        if (enumValue.matches()) {
            return Optional.of(notAnEnumValue(field, enumValue, schema));
        }
        if (refused.isPresent()) {
            return Optional.of("'" + field + "' " + reason);
        }
        var wrongType = WRONG_JAVA_TYPE.matcher(reason);
        return Optional.of("'" + field + "' is not a valid "
                + (wrongType.matches() ? wrongType.group(1) + ": it is " + JSON_KINDS.getOrDefault(wrongType.group(2), "a number")
                        : "value: " + plain(reason)));
    }

    private static String worded(Matcher argument, GraphQLError error, GraphQLSchema schema) {
        var field = argument.group(1);
        var reason = argument.group(4);
        if (refusedValue(error).isPresent()) {
            return "'" + field + "' " + reason;
        }
        var enumValue = reason == null ? null : ENUM_LITERAL.matcher(reason);
        if (enumValue != null && enumValue.matches()) {
            return notAnEnumValue(field, enumValue, schema);
        }
        return "'" + field + "' is not a valid " + argument.group(3) + ": " + plain(argument.group(2));
    }

    private static String notAnEnumValue(String field, Matcher enumValue, GraphQLSchema schema) {
        var type = enumValue.group(1);
        var values = schema.getType(type) instanceof GraphQLEnumType enumType
                ? enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", "))
                : "";
        return "'" + field + "' is not a valid " + type + ": " + enumValue.group(2) + " is not one of its values"
                + (values.isEmpty() ? "" : " (" + values + ")");
    }

    private static Optional<String> refusedValue(GraphQLError error) {
        return Optional.ofNullable(error.getExtensions())
                .map(extensions -> extensions.get(StrictScalars.REFUSED_VALUE))
                .map(String::valueOf);
    }

    /** Where in a variable's value the refused value sits, as {@code .field[index]...}. */
    private static Optional<String> pathTo(String refused, Object value) {
        if (value instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                var below = pathTo(refused, entry.getValue());
                if (below.isPresent()) {
                    return below.map(path -> "." + entry.getKey() + path);
                }
            }
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            for (var i = 0; i < list.size(); i++) {
                var index = i;
                var below = pathTo(refused, list.get(i));
                if (below.isPresent()) {
                    return below.map(path -> "[" + index + "]" + path);
                }
            }
            return Optional.empty();
        }
        return value != null && Objects.equals(String.valueOf(value), refused) ? Optional.of("") : Optional.empty();
    }

    /** The engine's words with its syntax-tree dumps ({@code StringValue{value='x'}}) shown as the value itself. */
    private static String plain(String reason) {
        return SYNTAX_TREE_VALUE.matcher(reason).replaceAll("$1");
    }
}
