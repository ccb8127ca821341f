package nl.veiligegemeente.programme;

import java.time.OffsetDateTime;
import java.util.List;

import nl.veiligegemeente.api.RejectedItems;

/**
 * A seminar programme as read from a conference tool's export, in this network's terms: its
 * sessions with their speakers, the items left out (breaks and the like), and what the export got
 * wrong, item by item.
 */
record Programme(ProgrammeFormat format, List<Talk> talks, List<String> skipped, List<RejectedItems.Item> errors) {

    /** A session of the export: its key in the tool, title, abstract, times and room when scheduled, and its speakers. */
    record Talk(String key, String title, String abstractText, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String room, List<Person> speakers) {

        /** How an error names this session: its key and title in the export. */
        String item() {
            return item(key, title);
        }

        static String item(String key, String title) {
            return "session " + key + " '" + title + "'";
        }
    }

    /** A speaker of the export: its key in the tool, name, role and organisation (each when the export has it). */
    record Person(String key, String name, String role, String organisation) {

        /** How an error names this speaker: its name and key in the export. */
        String item() {
            return "speaker '" + name + "' (" + key + ")";
        }
    }
}
