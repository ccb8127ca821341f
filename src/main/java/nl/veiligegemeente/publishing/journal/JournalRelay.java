package nl.veiligegemeente.publishing.journal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import nl.veiligegemeente.graph.GraphStart;

/**
 * Copies journal entries left in the outbox: once at start (beside the requests served meanwhile),
 * then every {@code vgn.journal.relay-interval}.
 */
@ApplicationScoped
public class JournalRelay {

    private static final Logger LOG = Logger.getLogger(JournalRelay.class);

    private final Journal journal;

    JournalRelay(Journal journal) {
        this.journal = journal;
    }

    /** Copying what the last run left behind can take seconds: requests need not wait for it. */
    void atStart(@Observes @Priority(GraphStart.READY + 100) StartupEvent event, ManagedExecutor executor) {
        executor.execute(this::run);
    }

    @Scheduled(every = "${vgn.journal.relay-interval}", delayed = "${vgn.journal.relay-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            journal.relay();
        } catch (RuntimeException e) {
            LOG.warnf("Journal entries stay in the outbox for now: %s", e.getMessage());
        }
    }
}
