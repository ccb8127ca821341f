package nl.veiligegemeente.municipalities;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Permissions;
import nl.veiligegemeente.publishing.write.NodeChanges;
import nl.veiligegemeente.publishing.write.Properties;
import nl.veiligegemeente.publishing.write.Target;
import nl.veiligegemeente.publishing.write.Writable;
import nl.veiligegemeente.publishing.write.WriteRequest;

/**
 * Adds municipalities to the network and records mergers, for admins: one municipality at a time
 * (a mutation) or a whole register in one transaction, versioned and journaled like every mutation.
 */
@ApplicationScoped
public class MunicipalityWrites {

    static final String MERGED_INTO = "mergedInto";

    private final Caller caller;
    private final NodeChanges changes;
    /**
     * A successor is found with its own successor (the "owner" of a scoped link), so that a merger
     * into a municipality that merged itself is refused: chains stay acyclic.
     */
    private final Writable municipality;

    MunicipalityWrites(Caller caller, NodeChanges changes, GraphModel model) {
        this.caller = caller;
        this.changes = changes;
        this.municipality = Writable.of(model, NetworkModel.MUNICIPALITY, "name")
                .linkWithinOwner(MERGED_INTO, MERGED_INTO)
                .build();
    }

    /** Creates the municipality, or replaces its name, province and successor. Returns its code. */
    public String save(SaveMunicipalityInput input) {
        var who = caller.principal();
        Permissions.checkAdmin(who, "add or change municipalities");
        var successor = input.mergedInto() == null ? List.<String>of() : List.of(input.mergedInto());
        var links = Map.of(MERGED_INTO, successor);
        var properties = properties(municipality, input);
        return changes.write(new WriteRequest(who, "saveMunicipality", municipality, input.code(), null, links, state -> {
            if (input.mergedInto() != null) {
                checkSuccessor(input.code(), input.mergedInto(),
                        state.found().getOrDefault(MERGED_INTO, Map.of()));
            }
            return Target.replacing(properties, links);
        }));
    }

    /**
     * Writes the name and province of every row in one transaction (a merger recorded before stays),
     * or with {@code commit} false only finds out what would change. Outcomes in the order of the rows.
     */
    List<NodeChanges.Outcome> register(List<SaveMunicipalityInput> rows, boolean commit) {
        var who = caller.principal();
        Permissions.checkAdmin(who, "import the register of municipalities");
        var requests = rows.stream().map(row -> new WriteRequest(who, "importMunicipalities", municipality, row.code(),
                null, Map.<String, List<String>>of(), state -> Target.replacing(properties(municipality, row), Map.of()))).toList();
        return changes.writeAll(requests, commit);
    }

    private static Map<String, Object> properties(Writable municipality, SaveMunicipalityInput input) {
        return Properties.of(municipality, "name", input.name(), "province", input.province());
    }

    /** A municipality merges into another that exists (checked by the write) and stands on its own. */
    private static void checkSuccessor(String code, String successor, Map<String, String> successorsOfSuccessor) {
        if (code.equals(successor)) {
            throw ApiException.validation("A municipality cannot merge into itself: 'mergedInto' must name its successor, not " + code + ".");
        }
        var further = successorsOfSuccessor.get(successor);
        if (further != null) {
            throw ApiException.validation(successor + " merged into " + further + " itself; name " + further
                    + " as the successor of " + code + ".");
        }
    }
}
