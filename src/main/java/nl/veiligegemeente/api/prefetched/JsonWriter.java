package nl.veiligegemeente.api.prefetched;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Writes the JSON of one selected value from its source (a row, a page, an edge), as a plan
 * compiled it once from the client's selection: per request only values are looked up and written.
 */
@FunctionalInterface
interface JsonWriter<S> {

    void write(JsonGenerator out, S source) throws IOException;

    /** One field of an object: the key the client asked for (pre-encoded) and how to write its value. */
    record Field<S>(SerializedString key, JsonWriter<S> value) {

        Field(String key, JsonWriter<S> value) {
            this(new SerializedString(key), value);
        }
    }

    /** An object of these fields, in the client's order. */
    static <S> JsonWriter<S> object(List<Field<S>> fields) {
        return (out, source) -> {
            out.writeStartObject();
            for (var field : fields) {
                out.writeFieldName(field.key());
                field.value().write(out, source);
            }
            out.writeEndObject();
        };
    }
}
