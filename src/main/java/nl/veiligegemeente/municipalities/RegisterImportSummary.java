package nl.veiligegemeente.municipalities;

import java.util.List;

/**
 * What an import of the register did (or, in a dry run, would do): the CBS codes of the
 * municipalities created, renamed, moved to another province and left unchanged, in file order
 * (one renamed and moved is in both lists), and the consistency token of the write when it wrote.
 */
public record RegisterImportSummary(boolean dryRun, int rows, List<String> created, List<String> renamed,
        List<String> movedProvince, List<String> unchanged, String consistencyToken) {
}
