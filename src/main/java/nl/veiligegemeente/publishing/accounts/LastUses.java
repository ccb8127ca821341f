package nl.veiligegemeente.publishing.accounts;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * When each account's token was last used, noted in memory on every request and written to
 * PostgreSQL in one transaction every {@code vgn.accounts.last-used-write-interval}, so that a
 * request never waits for that write, and uses noted while PostgreSQL is down are written once it is back.
 */
@ApplicationScoped
class LastUses {

    private static final Logger LOG = Logger.getLogger(LastUses.class);

    private final Map<UUID, OffsetDateTime> pending = new ConcurrentHashMap<>();
    private final EntityManager entityManager;

    LastUses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void used(UUID accountId) {
        pending.merge(accountId, OffsetDateTime.now(), LastUses::later);
    }

    @Scheduled(every = "${vgn.accounts.last-used-write-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writeInBackground() {
        try {
            write();
        } catch (RuntimeException e) {
            LOG.warnf("When tokens were last used is written later: %s", e.getMessage());
        }
    }

    /** Writes the uses noted so far in one transaction; when that fails they stay noted for the next write. */
    void write() {
        var taken = Map.copyOf(pending);
        if (taken.isEmpty()) {
            return;
        }
        taken.forEach(pending::remove);
        try {
            QuarkusTransaction.requiringNew().run(() -> taken.forEach((id, at) -> entityManager.createQuery(
                    "update Account set lastUsedAt = :at where id = :id and (lastUsedAt is null or lastUsedAt < :at)")
                    .setParameter("at", at).setParameter("id", id).executeUpdate()));
        } catch (RuntimeException e) {
            taken.forEach((id, at) -> pending.merge(id, at, LastUses::later));
            throw e;
        }
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
