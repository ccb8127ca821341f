package nl.veiligegemeente.programme;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The times of the exports: ISO 8601 date-times, with an offset or in Amsterdam time, and pretalx's durations ({@code 01:30}). */
final class ProgrammeTimes {

    /** The zone of a time the export gives without an offset (Sessionize gives the event's local time). */
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    private ProgrammeTimes() {
    }

    /** The time, or null for none; {@link IllegalArgumentException} saying what is wrong with the text. */
    static OffsetDateTime at(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(AMSTERDAM).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + field + "' is not a date and time such as 2026-06-09T09:30:00: '"
                        + text + "'.");
            }
        }
    }

    /** A duration written as hours and minutes ({@code 00:45}); {@link IllegalArgumentException} otherwise. */
    static Duration duration(String text) {
        var matcher = text == null ? null : HOURS_MINUTES.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("'duration' is not hours and minutes such as 00:45: '" + text + "'.");
        }
        return Duration.ofHours(Long.parseLong(matcher.group(1))).plusMinutes(Long.parseLong(matcher.group(2)));
    }
}
