package nl.veiligegemeente.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

/**
 * The input scalars as strict as the API promises: {@code Date} is a day of the calendar as
 * YYYY-MM-DD, {@code DateTime} a moment with an offset, both in the years 0001 to 9999, and
 * {@code Int} a whole number in 32 bits. SmallRye's own scalars take any text (and wrap large
 * numbers) and fail later, inside a resolver; these refuse a bad value while the request is
 * validated, so that nothing runs and the error says which value is wrong and what was expected
 * (see {@link CoercionErrors}). Output is SmallRye's, unchanged. {@code Date} and {@code DateTime}
 * also describe themselves and name their specification ({@code specifiedByURL}), for code generators.
 */
final class StrictScalars {

    /** The extension that carries the refused value from a scalar to {@link CoercionErrors}. */
    static final String REFUSED_VALUE = "refusedValue";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private static final Map<String, Function<Object, String>> REFUSALS = Map.of(
            "Date", StrictScalars::dateRefusal,
            "DateTime", StrictScalars::dateTimeRefusal,
            "Int", StrictScalars::intRefusal);

    /** What a date scalar promises, for the schema and the code generators that read it. */
    private record Contract(String description, String specifiedBy) {
    }

    private static final Map<String, Contract> CONTRACTS = Map.of(
            "Date", new Contract("A day of the calendar as YYYY-MM-DD (RFC 3339 full-date), in the years 0001 to 9999.",
                    "https://scalars.graphql.org/andimarek/local-date.html"),
            "DateTime", new Contract("A moment as YYYY-MM-DDThh:mm[:ss[.fraction]] with Z or an offset such as +02:00"
                    + " (RFC 3339 date-time), in the years 0001 to 9999.",
                    "https://scalars.graphql.org/andimarek/date-time.html"));

    private StrictScalars() {
    }

    /** The strict version of one of SmallRye's scalars, or the scalar itself when this class does not concern it. */
    static GraphQLScalarType strict(GraphQLScalarType scalar) {
        var refusal = REFUSALS.get(scalar.getName());
        if (refusal == null) {
            return scalar;
        }
        return scalar.transform(b -> {
            b.coercing(new Strict(smallRyes(scalar), refusal));
            var contract = CONTRACTS.get(scalar.getName());
            if (contract != null) {
                b.description(contract.description()).specifiedByUrl(contract.specifiedBy());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Coercing<Object, Object> smallRyes(GraphQLScalarType scalar) {
        return (Coercing<Object, Object>) scalar.getCoercing();
    }

    /** Checks an input value before SmallRye's coercing takes it; output goes straight to SmallRye's. */
    private record Strict(Coercing<Object, Object> smallRye, Function<Object, String> refusal)
            implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object result, GraphQLContext context, Locale locale) {
            return smallRye.serialize(result, context, locale);
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            var refused = refusal.apply(input);
            if (refused != null) {
                throw CoercingParseValueException.newCoercingParseValueException().message(refused)
                        .extensions(Map.of(REFUSED_VALUE, String.valueOf(input))).build();
            }
            return smallRye.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            var value = input instanceof StringValue string ? string.getValue()
                    : input instanceof IntValue number ? number.getValue() : input;
            var refused = refusal.apply(value);
            if (refused != null) {
                throw CoercingParseLiteralException.newCoercingParseLiteralException().message(refused)
                        .extensions(Map.of(REFUSED_VALUE, String.valueOf(value))).build();
            }
            return smallRye.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return smallRye.valueToLiteral(input, context, locale);
        }
    }

    private static String dateRefusal(Object value) {
        return calendarRefusal(value, "Date", DAY, "YYYY-MM-DD",
                text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).getYear(),
                "a day as YYYY-MM-DD, such as 2021-06-09");
    }

    private static String dateTimeRefusal(Object value) {
        return calendarRefusal(value, "DateTime", MOMENT, "YYYY-MM-DDThh:mm:ss with an offset",
                text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).getYear(),
                "a date and time with an offset, such as 2021-06-09T09:30:00+02:00 or 2021-06-09T07:30:00Z");
    }

    /** Why a value is no day or moment of the calendar in the years 0001 to 9999, or null when it is one. */
    private static String calendarRefusal(Object value, String type, Pattern form, String formName,
            ToIntFunction<String> year, String expected) {
        var refused = "is not a valid " + type + ": " + shown(value);
        var expectation = "; expected " + expected;
        if (!(value instanceof String text) || !form.matcher(text).matches()) {
            return refused + " is not in the form " + formName + expectation;
        }
        try {
            return inRange(year.applyAsInt(text)) ? null : refused + " is not in the years 0001 to 9999" + expectation;
        } catch (DateTimeException e) {
            return refused + " is not on the calendar" + expectation;
        }
    }

    private static String intRefusal(Object value) {
        BigInteger whole;
        try {
            whole = value instanceof Number number ? new BigDecimal(number.toString()).toBigIntegerExact() : null;
        } catch (ArithmeticException | NumberFormatException e) {
            whole = null;
        }
        if (whole == null) {
            return "is not a valid Int: " + shown(value) + " is not a whole number";
        }
        return whole.compareTo(INT_MIN) < 0 || whole.compareTo(INT_MAX) > 0
                ? "is not a valid Int: " + shown(value) + " is outside " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                : null;
    }

    private static boolean inRange(int year) {
        return year >= 1 && year <= 9999;
    }

    private static String shown(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : value instanceof Value<?> ? "this value" : String.valueOf(value);
    }
}
