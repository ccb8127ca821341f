package nl.veiligegemeente.publishing.write;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.exceptions.ClientException;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.publishing.journal.Action;
import nl.veiligegemeente.publishing.journal.Journal;
import nl.veiligegemeente.publishing.journal.JournalRecord;

/**
 * Writes one node per mutation in one Neo4j transaction: lock and read it, let the mutation
 * decide, check the references, write what differs with the next version, and put the journal
 * entry in the outbox of the same transaction. A mutation that changes nothing writes nothing and
 * journals nothing; one that fails leaves the graph as it was.
 */
@ApplicationScoped
public class NodeChanges {

    /** Neo4j's code for a write that would give two nodes the same id. */
    private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";
    /** Concurrent writes taking the same new id at the same moment are rare; a few attempts settle them. */
    private static final int ATTEMPTS_ON_TAKEN_ID = 5;

    private final Graph graph;
    private final Journal journal;

    NodeChanges(Graph graph, Journal journal) {
        this.graph = graph;
        this.journal = journal;
    }

    /** Runs the request and, once it committed, hands its journal entry on. Returns the node's id. */
    public String write(WriteRequest request) {
        var outcome = writeRacing(tx -> writeIn(tx, request));
        outcome.record().ifPresent(journal::committed);
        return outcome.id();
    }

    /**
     * Runs the requests in one transaction, in order: all of them commit, or (when one fails) none.
     * Without {@code commit} the transaction is rolled back once all ran: a dry run that reports
     * exactly what the write would do. Returns what became of each node, in the order of the requests.
     */
    public List<Outcome> writeAll(List<WriteRequest> requests, boolean commit) {
        return writeInOrder(requests.stream().<Function<List<Outcome>, WriteRequest>>map(request -> earlier -> request)
                .toList(), commit);
    }

    /**
     * Like {@link #writeAll}, for requests that need the ids of nodes written before them in the same
     * transaction (a session presented by a speaker the same import creates): each step makes its
     * request from the outcomes of the steps before it.
     */
    public List<Outcome> writeInOrder(List<Function<List<Outcome>, WriteRequest>> steps, boolean commit) {
        List<Outcome> outcomes;
        try {
            outcomes = writeRacing(tx -> {
                var all = new ArrayList<Outcome>();
                steps.forEach(step -> all.add(writeIn(tx, step.apply(List.copyOf(all)))));
                if (!commit) {
                    throw new DryRun(all);
                }
                return all;
            });
        } catch (DryRun dryRun) {
            return dryRun.outcomes;
        }
        outcomes.forEach(outcome -> outcome.record().ifPresent(journal::committed));
        return outcomes;
    }

    /**
     * Runs the request, again when a concurrent write took the id it chose between its look and
     * its write: a new node is created (never merged into one another transaction just created),
     * so a taken id fails the write, and the next attempt sees the other node and picks the next id.
     */
    private <T> T writeRacing(Function<Graph.Writes, T> work) {
        for (var attempt = 1;; attempt++) {
            try {
                return graph.write(work);
            } catch (IdTaken | ClientException e) {
                if (attempt == ATTEMPTS_ON_TAKEN_ID
                        || e instanceof ClientException client && !CONSTRAINT_FAILED.equals(client.code())) {
                    throw e;
                }
            }
        }
    }

    /** Whether a node of the type exists, for checks outside a write (a publisher's municipality). */
    public boolean exists(NodeType type, String key) {
        return !graph.read(Statements.exists(type, key)).isEmpty();
    }

    private Outcome writeIn(Graph.Writes tx, WriteRequest request) {
        var writable = request.writable();
        var id = request.id() != null ? request.id() : newId(tx, writable, request.newId());
        var state = NodeState.from(writable.label(), id,
                tx.run(Statements.state(writable, id, request.references())).get(0));
        if (request.id() == null && state.exists() && !isSame(writable, state, request.newId())) {
            throw new IdTaken();
        }
        var target = request.decide().apply(state);
        writable.checkProperties(target.properties().keySet());
        checkReferences(writable, state, target);

        var changedProperties = new TreeMap<String, Object>();
        target.properties().forEach((name, value) -> {
            if (!same(state.property(name), value)) {
                changedProperties.put(name, value);
            }
        });
        var changedLinks = new TreeMap<String, Set<String>>();
        target.links().forEach((field, keys) -> {
            if (!keys.equals(state.links(field))) {
                changedLinks.put(field, keys);
            }
        });
        if (state.exists() && changedProperties.isEmpty() && changedLinks.isEmpty()) {
            return new Outcome(id, Optional.empty());
        }

        var now = OffsetDateTime.now();
        var written = new HashMap<String, Object>(changedProperties);
        written.put("version", state.version() + 1);
        written.put("updatedAt", now);
        if (!state.exists()) {
            written.put("createdAt", now);
        }
        var changedFields = new ArrayList<>(changedProperties.keySet());
        changedFields.addAll(changedLinks.keySet());
        var name = target.properties().containsKey(writable.nameProperty())
                ? target.properties().get(writable.nameProperty()) : state.property(writable.nameProperty());
        var owner = owner(writable, state, target);
        var record = JournalRecord.of(request.who(), request.mutation(), action(state, target), writable.label(), id,
                (String) name, writable.ownedByMunicipality() ? owner : null,
                state.exists() ? state.version() : null, state.version() + 1, changedFields);
        tx.run(Statements.write(writable, id, !state.exists(), written, changedLinks, record));
        return new Outcome(id, Optional.of(record));
    }

    /**
     * The slug of the name, with -2, -3, ... on collision. A node of the same name and owner under
     * one of those ids is the node itself, so that sending the same input twice leaves one node.
     */
    private static String newId(Graph.Writes tx, Writable writable, WriteRequest.NewId newId) {
        var taken = new HashMap<String, Boolean>();
        var numbered = Pattern.compile(Pattern.quote(newId.base()) + "(-\\d+)?");
        for (var candidate : tx.run(Statements.idCandidates(writable, newId.base()))) {
            var id = candidate.get("id").asString();
            if (numbered.matcher(id).matches()) {
                taken.put(id, Objects.equals(candidate.get("name").asString(null), newId.name())
                        && Objects.equals(candidate.get("owner").asString(null), newId.owner()));
            }
        }
        var same = taken.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        var id = newId.base();
        for (var suffix = 2; taken.containsKey(id); suffix++) {
            id = newId.base() + "-" + suffix;
        }
        return id;
    }

    /** Whether a node found under a new id is the node the id was made for: the same name and owner. */
    private static boolean isSame(Writable writable, NodeState state, WriteRequest.NewId newId) {
        var owner = writable.ownerField() == null ? null : state.linked(writable.ownerField());
        return Objects.equals(state.property(writable.nameProperty()), newId.name())
                && Objects.equals(owner, newId.owner());
    }

    /** Every newly linked target must exist ({@link ErrorCode#NOT_FOUND}) and, for scoped links, share the owner. */
    private static void checkReferences(Writable writable, NodeState state, Target target) {
        var owner = owner(writable, state, target);
        target.links().forEach((field, keys) -> {
            var link = writable.link(field);
            var found = state.found().getOrDefault(field, Map.of());
            for (var key : keys) {
                if (state.links(field).contains(key)) {
                    continue;
                }
                var noun = Nouns.of(link.target().label());
                if (!found.containsKey(key)) {
                    throw new ApiException(ErrorCode.NOT_FOUND, "There is no " + noun + " '" + key + "'"
                            + (link.target().retractable() ? " (or it was retracted)" : "")
                            + ". Link only to " + noun + "s that exist; nothing is created for you.");
                }
                if (link.scoped() && !Objects.equals(found.get(key), owner)) {
                    throw ApiException.validation("The " + noun + " '" + key + "' belongs to " + found.get(key)
                            + ", not to " + owner + "; link only " + noun + "s of " + owner + ".");
                }
            }
        });
    }

    private static String owner(Writable writable, NodeState state, Target target) {
        if (writable.ownerField() == null) {
            return null;
        }
        var keys = target.links().get(writable.ownerField());
        return keys != null ? keys.stream().findFirst().orElse(null) : state.linked(writable.ownerField());
    }

    private static Action action(NodeState state, Target target) {
        var retractedAt = target.properties().get(NodeType.RETRACTED_AT);
        if (!state.exists() || state.retracted() && target.properties().containsKey(NodeType.RETRACTED_AT)
                && retractedAt == null) {
            return Action.CREATED;
        }
        return retractedAt != null && !state.retracted() ? Action.RETRACTED : Action.UPDATED;
    }

    /** Equal as Neo4j stores them: whole numbers of any Java type compare by value. */
    private static boolean same(Object stored, Object wanted) {
        if (stored instanceof Number a && wanted instanceof Number b) {
            return a.longValue() == b.longValue();
        }
        return Objects.equals(stored, wanted);
    }

    /** What a request did to its node: its id, and the journal entry of the change (empty when nothing changed). */
    public record Outcome(String id, Optional<JournalRecord> record) {
    }

    /** Rolls a dry run's transaction back, carrying what it would have done. */
    private static final class DryRun extends RuntimeException {

        private final transient List<Outcome> outcomes;

        DryRun(List<Outcome> outcomes) {
            super("Dry run: rolled back", null, false, false);
            this.outcomes = outcomes;
        }
    }

    /** The id made for a new node was taken by another node after it was chosen. */
    private static final class IdTaken extends RuntimeException {

        IdTaken() {
            super("The new id was taken by a concurrent write", null, false, false);
        }
    }
}
