package nl.veiligegemeente.publishing.journal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.driver.Value;

/**
 * The audit journal, fed through an outbox: a mutation writes its {@link JournalRecord} as a
 * {@code JournalEntry} node in its own Neo4j transaction; after the commit the entry is copied to
 * PostgreSQL and, once that row is durably committed, the node is deleted. A change that does not
 * commit leaves no entry; an entry that cannot be copied (PostgreSQL unreachable) stays in Neo4j
 * until {@link #relay()} copies it. The relay copies entry by entry: one PostgreSQL refuses is set
 * aside and never holds up the others. Copying is idempotent, so every committed change ends up in
 * the journal exactly once, however many replicas relay at the same time.
 */
@ApplicationScoped
public class Journal {

    private static final Logger LOG = Logger.getLogger(Journal.class);
    private static final int RELAY_BATCH = 500;
    private static final int MAX_REASON_LENGTH = 500;

    /** How long a journal read waits for the entries of this replica's latest changes. */
    private static final Duration COPY_WAIT = Duration.ofSeconds(5);

    private final Outbox outbox;
    private final JournalStore store;
    private final JournalCopier copier;

    Journal(Outbox outbox, JournalStore store, JournalCopier copier) {
        this.outbox = outbox;
        this.store = store;
        this.copier = copier;
    }

    /** A new outbox entry's node: a change's own statement creates it with {@link JournalRecord#toProperties()}. */
    public static Node outboxEntry() {
        return Outbox.entry();
    }

    /** Hands the entry of a change that has just committed on to be copied; when that fails, the relay copies it later. */
    public void committed(JournalRecord record) {
        copier.handOn(record);
    }

    /**
     * Waits, briefly, until the entries of the changes this replica committed so far are copied (or
     * left for the relay), so that the journal read next includes them.
     */
    void awaitCopied() {
        copier.awaitSettled(COPY_WAIT);
    }

    /**
     * Copies the entries waiting in the outbox, the oldest first, many per PostgreSQL transaction; a
     * batch PostgreSQL refuses is copied entry by entry, and the entries it refuses then are set
     * aside. Stops when PostgreSQL cannot be reached. Returns how many it copied.
     */
    public int relay() {
        var copied = 0;
        var waiting = outbox.waiting(RELAY_BATCH);
        for (var start = 0; start < waiting.size(); start += JournalCopier.BATCH) {
            var batch = readable(waiting.subList(start, Math.min(waiting.size(), start + JournalCopier.BATCH)));
            if (copier.copyTogether(batch.values().stream().toList())) {
                copied += batch.size();
                continue;
            }
            for (var entry : batch.entrySet()) {
                var outcome = copy(entry.getKey(), entry.getValue());
                if (outcome == Outcome.WAITS) {
                    return logged(copied);
                }
                copied += outcome == Outcome.COPIED ? 1 : 0;
            }
        }
        return logged(copied);
    }

    private static int logged(int copied) {
        if (copied > 0) {
            LOG.infof("Copied %d journal entries left in the outbox", copied);
        }
        return copied;
    }

    /** Adds an entry for a change that PostgreSQL alone holds (accounts), inside that change's transaction. */
    public void appendWithinTransaction(JournalRecord record) {
        store.append(record);
    }

    /** The entries that can be read, by Neo4j element id, in order; those that cannot are set aside. */
    private Map<String, JournalRecord> readable(List<Value> nodes) {
        var records = new LinkedHashMap<String, JournalRecord>();
        for (var node : nodes) {
            var elementId = node.asNode().elementId();
            try {
                records.put(elementId, JournalRecord.fromNode(node));
            } catch (RuntimeException malformed) {
                setAside(elementId, "The entry cannot be read: " + reason(malformed));
            }
        }
        return records;
    }

    private Outcome copy(String elementId, JournalRecord record) {
        try {
            store.append(record);
        } catch (RuntimeException e) {
            if (!store.reachable()) {
                LOG.warnf("Journal entries stay in the outbox until PostgreSQL can be reached: %s", reason(e));
                return Outcome.WAITS;
            }
            setAside(elementId, reason(e));
            return Outcome.SET_ASIDE;
        }
        outbox.delivered(List.of(record.id().toString()));
        return Outcome.COPIED;
    }

    private void setAside(String elementId, String reason) {
        LOG.errorf("A journal entry (Neo4j element %s) is set aside, the journal refused it: %s. "
                + "Admins see it in journalEntriesSetAside; the other entries go on.", elementId, reason);
        outbox.setAside(elementId, reason);
    }

    /** The message of the deepest cause: the database's own words, without the wrappers around them. */
    static String reason(Throwable e) {
        var cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        var message = String.valueOf(cause.getMessage());
        return message.length() > MAX_REASON_LENGTH ? message.substring(0, MAX_REASON_LENGTH) + "…" : message;
    }

    /** The entries PostgreSQL refused, the oldest first. */
    List<SetAsideEntry> setAside() {
        return outbox.setAside();
    }

    /** What became of one entry: in the journal, set aside, or still waiting for PostgreSQL. */
    private enum Outcome {
        COPIED, SET_ASIDE, WAITS
    }
}
