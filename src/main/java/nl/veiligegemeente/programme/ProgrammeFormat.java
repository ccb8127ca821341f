package nl.veiligegemeente.programme;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import nl.veiligegemeente.schema.ApiException;

/** The conference tools whose exports a programme is imported from, each known by the top-level field of its JSON. */
public enum ProgrammeFormat {

    /** Sessionize's "All data" export: {@code sessions}, {@code speakers}, {@code rooms}, ... */
    SESSIONIZE("sessions", SessionizeExport.class),
    /** pretalx's schedule export: {@code schedule.conference.days}. */
    PRETALX("schedule", PretalxSchedule.class);

    private final String topLevelField;
    private final Class<? extends Record> export;

    ProgrammeFormat(String topLevelField, Class<? extends Record> export) {
        this.topLevelField = topLevelField;
        this.export = export;
    }

    Class<? extends Record> export() {
        return export;
    }

    /** The format a client named ({@code ?format=sessionize}), or null when it named none. */
    static ProgrammeFormat named(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        return Arrays.stream(values()).filter(format -> format.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> ApiException.validation("format is " + names() + ", not '" + name + "'."));
    }

    /** The format of the document: the one named, checked, or else the one its top-level fields show. */
    static ProgrammeFormat of(JsonNode document, ProgrammeFormat named) {
        if (!document.isObject()) {
            throw ApiException.validation("The file is not a JSON object: send a Sessionize or pretalx export.");
        }
        if (named != null) {
            if (!document.has(named.topLevelField)) {
                throw ApiException.validation("The file is not a " + named.name().toLowerCase(Locale.ROOT)
                        + " export: it has no '" + named.topLevelField + "'.");
            }
            return named;
        }
        return Arrays.stream(values()).filter(format -> document.has(format.topLevelField)).findFirst()
                .orElseThrow(() -> ApiException.validation("The file is neither a Sessionize export (with 'sessions') "
                        + "nor a pretalx schedule (with 'schedule')."));
    }

    private static String names() {
        return Arrays.stream(values()).map(format -> format.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "));
    }
}
