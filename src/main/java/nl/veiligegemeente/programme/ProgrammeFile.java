package nl.veiligegemeente.programme;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.api.RejectedItems;
import nl.veiligegemeente.api.RejectedLines;

/**
 * Reads an uploaded export with Jackson: malformed JSON is refused with its line, a field of the
 * wrong shape with its path in the document, and a file with more sessions than one import takes
 * as a whole.
 */
final class ProgrammeFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ProgrammeFile() {
    }

    /** The programme of the export, in the named format or the one the file shows. */
    static Programme read(byte[] bytes, ProgrammeFormat named, int maxSessions) {
        var document = document(bytes);
        var format = ProgrammeFormat.of(document, named);
        Programme programme;
        try {
            var export = JSON.treeToValue(document, format.export());
            programme = export instanceof SessionizeExport sessionize ? sessionize.programme()
                    : ((PretalxSchedule) export).programme();
        } catch (JsonProcessingException wrongShape) {
            var path = wrongShape instanceof MismatchedInputException mismatch ? path(mismatch) : "the file";
            throw new RejectedItems(List.of(new RejectedItems.Item(path, "does not have the shape of a "
                    + format.name().toLowerCase(Locale.ROOT) + " export: " + wrongShape.getOriginalMessage())));
        }
        if (programme.talks().size() + programme.skipped().size() > maxSessions) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "The file has more than " + maxSessions
                    + " sessions, the most one import takes.");
        }
        return programme;
    }

    private static JsonNode document(byte[] bytes) {
        if (bytes.length == 0) {
            throw ApiException.validation("The file is empty: send a Sessionize or pretalx export as JSON.");
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException malformed) {
            var location = malformed.getLocation();
            throw new RejectedLines("The file is not JSON (see 'errors'); nothing was imported.",
                    List.of(new RejectedLines.Line(location == null ? 0 : location.getLineNr(),
                            "is not JSON: " + malformed.getOriginalMessage())));
        } catch (IOException unreadable) {
            throw ApiException.validation("The file cannot be read as JSON: " + unreadable.getMessage());
        }
    }

    /** Where in the document a value of the wrong shape is, such as {@code sessions[2].speakers}. */
    private static String path(MismatchedInputException mismatch) {
        var path = new StringBuilder();
        for (var reference : mismatch.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? "the file" : path.toString();
    }
}
