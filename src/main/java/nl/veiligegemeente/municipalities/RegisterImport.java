package nl.veiligegemeente.municipalities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.api.RejectedLines;
import nl.veiligegemeente.graph.ReadConsistency;
import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Inputs;
import nl.veiligegemeente.publishing.Permissions;
import nl.veiligegemeente.publishing.journal.Action;

/**
 * Imports the CBS register of municipalities: every row checked first (the same rules as
 * {@code saveMunicipality}, each refused row named by its line), then all rows written in one
 * transaction, or none. Importing the same file again changes nothing.
 */
@ApplicationScoped
public class RegisterImport {

    private final Caller caller;
    private final Inputs inputs;
    private final MunicipalityWrites writes;
    private final ReadConsistency consistency;
    private final int maxRows;

    RegisterImport(Caller caller, Inputs inputs, MunicipalityWrites writes, ReadConsistency consistency,
            @ConfigProperty(name = "vgn.municipalities.import.max-rows") int maxRows) {
        this.caller = caller;
        this.inputs = inputs;
        this.writes = writes;
        this.consistency = consistency;
        this.maxRows = maxRows;
    }

    /** {@link nl.veiligegemeente.schema.ErrorCode#FORBIDDEN} unless the caller is an admin. */
    void authorise() {
        Permissions.checkAdmin(caller.principal(), "import the register of municipalities");
    }

    /** Imports the file's municipalities, or with {@code dryRun} only says what an import would change. */
    RegisterImportSummary importFile(byte[] file, boolean dryRun) {
        authorise();
        var rows = checked(RegisterFile.read(file, maxRows));
        var outcomes = writes.register(rows, !dryRun);
        var created = new ArrayList<String>();
        var renamed = new ArrayList<String>();
        var moved = new ArrayList<String>();
        var unchanged = new ArrayList<String>();
        outcomes.forEach(outcome -> outcome.record().ifPresentOrElse(record -> {
            if (record.action() == Action.CREATED) {
                created.add(outcome.id());
                return;
            }
            if (record.changedFields().contains("name")) {
                renamed.add(outcome.id());
            }
            if (record.changedFields().contains("province")) {
                moved.add(outcome.id());
            }
        }, () -> unchanged.add(outcome.id())));
        return new RegisterImportSummary(dryRun, rows.size(), created, renamed, moved, unchanged,
                dryRun ? null : consistency.token());
    }

    /** The rows as inputs of {@code saveMunicipality}, or every refused row with its line. */
    private List<SaveMunicipalityInput> checked(List<RegisterFile.Row> rows) {
        var inputsByLine = new ArrayList<SaveMunicipalityInput>();
        var errors = new ArrayList<RejectedLines.Line>();
        var lineOfCode = new HashMap<String, Long>();
        for (var row : rows) {
            try {
                var input = inputs.check(SaveMunicipalityInput.registered(row.code(), row.name(), row.province()));
                var earlier = lineOfCode.putIfAbsent(input.code(), row.line());
                if (earlier != null) {
                    errors.add(new RejectedLines.Line(row.line(), "names " + input.code() + " again, like line " + earlier + "."));
                } else {
                    inputsByLine.add(input);
                }
            } catch (ApiException refused) {
                errors.add(new RejectedLines.Line(row.line(), refused.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw RegisterFile.rejected(errors);
        }
        return inputsByLine;
    }
}
