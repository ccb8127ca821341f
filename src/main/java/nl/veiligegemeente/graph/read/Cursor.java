package nl.veiligegemeente.graph.read;

import nl.veiligegemeente.schema.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A keyset cursor: the values of the sort keys of one row under one named order, opaque to
 * clients (base64url of a small JSON document). Values keep their type, so dates compare as dates.
 */
public record Cursor(String ordering, List<Object> values) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The wire form: which order, and each value tagged with its type. */
    private record Wire(String o, List<List<String>> k) {
    }

    /** The wire form, written field by field: a cursor is made for every row of every page. */
    public String encode() {
        var bytes = new ByteArrayBuilder();
        try (var out = JSON.getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("o", ordering);
            out.writeArrayFieldStart("k");
            for (var value : values) {
                var tagged = tag(value);
                out.writeStartArray();
                out.writeString(tagged.get(0));
                out.writeString(tagged.get(1));
                out.writeEndArray();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a cursor", e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /** Reads a cursor a client sent back; anything that is not one of ours is a {@link nl.veiligegemeente.schema.ErrorCode#VALIDATION} error. */
    public static Cursor decode(String text, String expectedOrdering, int expectedValues) {
        try {
            var wire = JSON.readValue(Base64.getUrlDecoder().decode(text), Wire.class);
            if (!expectedOrdering.equals(wire.o()) || wire.k() == null || wire.k().size() != expectedValues) {
                throw invalid(text, "it belongs to another list or order");
            }
            var values = new ArrayList<>();
            for (var value : wire.k()) {
                values.add(untag(value));
            }
            return new Cursor(wire.o(), values);
        } catch (IllegalArgumentException | java.io.IOException | java.time.DateTimeException e) {
            throw invalid(text, "it is not a cursor this API gave out");
        }
    }

    private static ApiException invalid(String text, String why) {
        var shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return ApiException.validation("The cursor '" + shown + "' cannot be used here: " + why
                + ". Use a cursor from the same list, or none to start at the beginning.");
    }

    private static List<String> tag(Object value) {
        if (value == null) {
            return List.of("n", "");
        }
        if (value instanceof String s) {
            return List.of("s", s);
        }
        if (value instanceof Long l) {
            return List.of("i", l.toString());
        }
        if (value instanceof Double d) {
            return List.of("f", d.toString());
        }
        if (value instanceof LocalDate d) {
            return List.of("d", d.toString());
        }
        if (value instanceof ZonedDateTime t) {
            return List.of("t", t.toString());
        }
        throw new IllegalArgumentException("A cursor cannot hold a " + value.getClass().getSimpleName());
    }

    private static Object untag(List<String> tagged) {
        if (tagged == null || tagged.size() != 2) {
            throw new IllegalArgumentException("malformed value");
        }
        var text = tagged.get(1);
        return switch (tagged.get(0)) {
            case "n" -> null;
            case "s" -> text;
            case "i" -> Long.valueOf(text);
            case "f" -> Double.valueOf(text);
            case "d" -> LocalDate.parse(text);
            case "t" -> ZonedDateTime.parse(text);
            default -> throw new IllegalArgumentException("unknown value type");
        };
    }
}
