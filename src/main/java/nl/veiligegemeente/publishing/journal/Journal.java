package nl.veiligegemeente.publishing.journal;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;

import nl.veiligegemeente.graph.Graph;

/**
 * The audit journal, fed through an outbox: a mutation writes its {@link JournalRecord} as a
 * {@code JournalEntry} node in its own Neo4j transaction; after the commit the entry is copied to
 * PostgreSQL and the node deleted. A change that does not commit leaves no entry; an entry that
 * cannot be copied (PostgreSQL unreachable) stays in Neo4j until {@link #relay()} copies it.
 * Copying is idempotent, so every committed change ends up in the journal exactly once.
 */
@ApplicationScoped
public class Journal {

    private static final Logger LOG = Logger.getLogger(Journal.class);
    private static final String LABEL = "JournalEntry";
    private static final int RELAY_BATCH = 500;

    private final Graph graph;
    private final JournalStore store;

    Journal(Graph graph, JournalStore store) {
        this.graph = graph;
        this.store = store;
    }

    /** The statement that puts an entry into the outbox, to run inside the change's own transaction. */
    public static Statement outboxEntry(JournalRecord record) {
        var entry = Cypher.node(LABEL).named("entry");
        return Cypher.create(entry).set(entry, Cypher.anonParameter(record.toProperties())).build();
    }

    /** Copies the entry of a change that has just committed; when that fails, the relay copies it later. */
    public void committed(JournalRecord record) {
        try {
            deliver(List.of(record));
        } catch (RuntimeException e) {
            LOG.warnf("Journal entry %s (%s of %s %s) stays in the outbox until the journal can be written: %s",
                    record.id(), record.mutation(), record.entityType(), record.entityId(), e.getMessage());
        }
    }

    /** Copies every entry left in the outbox; returns how many it copied. */
    public int relay() {
        var entry = Cypher.node(LABEL).named("entry");
        var pending = graph.read(Cypher.match(entry).returning(entry)
                .orderBy(entry.property("at").ascending()).limit(RELAY_BATCH).build())
                .stream().map(JournalRecord::fromNode).toList();
        if (!pending.isEmpty()) {
            deliver(pending);
            LOG.infof("Copied %d journal entries left in the outbox", pending.size());
        }
        return pending.size();
    }

    /** How many entries wait in the outbox. */
    public long outboxDepth() {
        var entry = Cypher.node(LABEL).named("entry");
        return graph.read(Cypher.match(entry).returning(Cypher.count(entry)).build()).get(0).asLong();
    }

    /** Adds an entry for a change that PostgreSQL alone holds (accounts), inside that change's transaction. */
    public void appendWithinTransaction(JournalRecord record) {
        store.append(List.of(record));
    }

    private void deliver(List<JournalRecord> records) {
        store.append(records);
        var entry = Cypher.node(LABEL).named("entry");
        var ids = records.stream().map(record -> record.id().toString()).toList();
        graph.write(tx -> tx.run(Cypher.match(entry)
                .where(entry.property("id").in(Cypher.anonParameter(ids)))
                .delete(entry).build()));
    }
}
