package nl.veiligegemeente.municipalities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.api.RejectedLines;

/**
 * The CBS list "Gemeenten alfabetisch" saved as CSV: UTF-8 (with or without a byte order mark),
 * columns separated by {@code ;} or {@code ,} (whichever the header uses), a header naming at least
 * {@code Gemeentenaam}, {@code Provincienaam} and {@code GemeentecodeGM} or {@code Gemeentecode}
 * (other columns, such as {@code Provinciecode}, are read past). Read with Jackson's CSV parser.
 */
final class RegisterFile {

    static final String CODE = "Gemeentecode";
    static final String CODE_GM = "GemeentecodeGM";
    static final String NAME = "Gemeentenaam";
    static final String PROVINCE = "Provincienaam";

    private static final CsvMapper CSV = new CsvMapper();
    private static final char BOM = '\uFEFF';

    /** One municipality of the file, as written there, with the line it starts on (the header is line 1). */
    record Row(long line, String code, String name, String province) {
    }

    private RegisterFile() {
    }

    /**
     * The rows of the file, or a refusal: {@link RejectedLines} naming every malformed line, or
     * {@link ErrorCode#LIMIT_EXCEEDED} for more than {@code maxRows} rows.
     */
    static List<Row> read(byte[] bytes, int maxRows) {
        var text = utf8(bytes);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw ApiException.validation("The file is empty: send the CBS list of municipalities as CSV, with its header.");
        }
        var separator = text.lines().findFirst().orElse("").indexOf(';') >= 0 ? ';' : ',';
        try (var parser = CSV.getFactory().createParser(text)) {
            ((CsvParser) parser).setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            ((CsvParser) parser).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            ((CsvParser) parser).enable(CsvParser.Feature.TRIM_SPACES);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw ApiException.validation("The file has no rows.");
            }
            var columns = columns(record(parser).values());
            var rows = new ArrayList<Row>();
            var errors = new ArrayList<RejectedLines.Line>();
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                var record = record(parser);
                var line = record.line();
                var values = record.values();
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (rows.size() + errors.size() == maxRows) {
                    throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "The file has more than " + maxRows
                            + " municipalities, the most one import takes.");
                }
                columns.row(line, values, rows, errors);
            }
            if (!errors.isEmpty()) {
                throw rejected(errors);
            }
            return rows;
        } catch (JsonProcessingException malformed) {
            var line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr();
            throw rejected(List.of(new RejectedLines.Line(line, "is not CSV: " + malformed.getOriginalMessage())));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static RejectedLines rejected(List<RejectedLines.Line> errors) {
        return new RejectedLines(errors.size() + (errors.size() == 1 ? " line is" : " lines are")
                + " not acceptable (listed in 'errors'); nothing was imported.", errors);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.validation("The file is not UTF-8 text: save the list as CSV UTF-8.");
        }
    }

    /** The values of the record whose array the parser just started, and the line of its first value. */
    private static Values record(JsonParser parser) throws IOException {
        var values = new ArrayList<String>();
        var line = 0L;
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
            if (values.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            values.add(parser.getText());
        }
        return new Values(line, values);
    }

    /** One record of the file as the parser read it. */
    private record Values(long line, List<String> values) {
    }

    private static Columns columns(List<String> header) {
        var index = new HashMap<String, Integer>();
        for (var i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        var missing = new ArrayList<String>();
        for (var required : List.of(NAME, PROVINCE)) {
            if (!index.containsKey(required.toLowerCase(Locale.ROOT))) {
                missing.add(required);
            }
        }
        if (!index.containsKey(CODE.toLowerCase(Locale.ROOT)) && !index.containsKey(CODE_GM.toLowerCase(Locale.ROOT))) {
            missing.add(CODE_GM + " (or " + CODE + ")");
        }
        if (!missing.isEmpty()) {
            throw rejected(List.of(new RejectedLines.Line(1, "is the header and lacks the column(s) "
                    + String.join(", ", missing) + "; it names " + String.join(", ", header) + ".")));
        }
        return new Columns(header.size(), index);
    }

    /** Where the columns this import reads stand in the header. */
    private record Columns(int count, Map<String, Integer> index) {

        void row(long line, List<String> values, List<Row> rows, List<RejectedLines.Line> errors) {
            if (values.size() != count) {
                errors.add(new RejectedLines.Line(line, "has " + values.size() + " columns, the header " + count + "."));
                return;
            }
            var gm = value(values, CODE_GM);
            var number = value(values, CODE);
            var fromNumber = number == null || !number.matches("\\d{1,4}") ? number
                    : "GM" + "0".repeat(4 - number.length()) + number;
            if (gm != null && fromNumber != null && !gm.equals(fromNumber)) {
                errors.add(new RejectedLines.Line(line, "has " + CODE_GM + " " + gm + " but " + CODE + " " + number
                        + "; they must name the same municipality."));
                return;
            }
            rows.add(new Row(line, gm != null ? gm : fromNumber, value(values, NAME), value(values, PROVINCE)));
        }

        private String value(List<String> values, String column) {
            var at = index.get(column.toLowerCase(Locale.ROOT));
            return at == null || values.get(at).isEmpty() ? null : values.get(at);
        }
    }
}
