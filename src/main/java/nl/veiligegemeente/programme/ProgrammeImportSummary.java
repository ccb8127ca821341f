package nl.veiligegemeente.programme;

import java.util.List;

/**
 * What an import of a programme did (or, in a dry run, would do) to the seminar's sessions and to
 * the speakers, by id in file order; the breaks and other items left out, the organisations named in
 * the export that are not in the network, and the consistency token of the write when it wrote.
 */
public record ProgrammeImportSummary(boolean dryRun, String format, String seminar, Sessions sessions,
        Speakers speakers, List<String> skipped, List<String> unmatchedOrganisations, String consistencyToken) {

    /** Sessions created, changed and left as they were. */
    public record Sessions(List<String> created, List<String> updated, List<String> unchanged) {
    }

    /**
     * Speakers created, changed and left as they were; {@code matched} are the speakers of the
     * network the export's names were matched to (updated or unchanged).
     */
    public record Speakers(List<String> created, List<String> updated, List<String> unchanged, List<String> matched) {
    }
}
