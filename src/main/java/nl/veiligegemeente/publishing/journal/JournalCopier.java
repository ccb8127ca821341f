package nl.veiligegemeente.publishing.journal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Copies the entries of committed changes from the outbox to PostgreSQL on its own thread, many
 * at a time: one PostgreSQL commit and one Neo4j clean-up for a batch, instead of both on the path
 * of every mutation. An entry it cannot copy stays in the outbox for the relay; so does every entry
 * still queued when the service stops or dies.
 */
@ApplicationScoped
class JournalCopier {

    private static final Logger LOG = Logger.getLogger(JournalCopier.class);
    /** The most entries copied in one transaction. */
    static final int BATCH = 100;
    /**
     * How long the copier waits after an entry for more to copy with it: under a steady stream of
     * mutations, a batch of several instead of a PostgreSQL and a Neo4j transaction per entry.
     */
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final JournalStore store;
    private final Outbox outbox;
    private final LinkedBlockingQueue<JournalRecord> queued = new LinkedBlockingQueue<>();
    /** Entries handed on and entries settled (copied, or left in the outbox): guarded by {@code this}. */
    private long handedOn;
    private long settled;
    private Thread thread;

    JournalCopier(JournalStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    @PostConstruct
    void start() {
        thread = new Thread(this::run, "journal-copier");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        thread.interrupt();
    }

    /** Queues the entry of a change that has just committed. */
    void handOn(JournalRecord record) {
        synchronized (this) {
            handedOn++;
        }
        queued.add(record);
    }

    /**
     * Waits (at most {@code max}) until every entry handed on before this call is copied or left in
     * the outbox, so that a client reading the journal after its mutation answered finds its row.
     */
    synchronized void awaitSettled(Duration max) {
        var target = handedOn;
        var deadline = System.nanoTime() + max.toNanos();
        try {
            while (settled < target) {
                var left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        var batch = new ArrayList<JournalRecord>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(queued.take());
                gather(batch);
            } catch (InterruptedException stopping) {
                return;
            }
            copy(batch);
            synchronized (this) {
                settled += batch.size();
                notifyAll();
            }
            batch.clear();
        }
    }

    /** Adds the entries queued within {@link #GATHER_NANOS} of the first, up to a full batch. */
    private void gather(List<JournalRecord> batch) throws InterruptedException {
        var deadline = System.nanoTime() + GATHER_NANOS;
        while (batch.size() < BATCH) {
            queued.drainTo(batch, BATCH - batch.size());
            var left = deadline - System.nanoTime();
            if (batch.size() == BATCH || left <= 0) {
                return;
            }
            var next = queued.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }

    private void copy(List<JournalRecord> batch) {
        if (copyTogether(batch) || batch.size() == 1 || !store.reachable()) {
            return;
        }
        batch.forEach(record -> copy(List.of(record)));
    }

    /**
     * Copies the records in one PostgreSQL transaction, then deletes their outbox entries in one
     * Neo4j transaction; false when that failed (the entries stay in the outbox).
     */
    boolean copyTogether(List<JournalRecord> records) {
        if (records.isEmpty()) {
            return true;
        }
        try {
            store.appendAll(records);
            outbox.delivered(records.stream().map(record -> record.id().toString()).toList());
            return true;
        } catch (RuntimeException e) {
            if (records.size() == 1) {
                var record = records.get(0);
                LOG.warnf("Journal entry %s (%s of %s %s) stays in the outbox until the journal can be written: %s",
                        record.id(), record.mutation(), record.entityType(), record.entityId(), Journal.reason(e));
            }
            return false;
        }
    }
}
