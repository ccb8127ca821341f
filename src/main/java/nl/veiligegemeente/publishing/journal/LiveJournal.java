package nl.veiligegemeente.publishing.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.Edge;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * Follows the journal in PostgreSQL for subscribers, whichever replica journaled the change: one
 * poller per instance watches the newest position every {@code vgn.live.poll-interval} (only while
 * someone follows) and wakes the followers; each follower then reads its own rows after the last
 * position it delivered, through the same filter as the feed queries. Positions follow commit order
 * (see {@link JournalStore#append}), so reading after the last delivered position neither skips nor
 * repeats a row. A follower holds at most {@code vgn.live.max-backlog} rows at a time; one further
 * behind is ended with {@link ErrorCode#LIMIT_EXCEEDED} and resumes from its last cursor.
 */
@ApplicationScoped
public class LiveJournal {

    private static final Logger LOG = Logger.getLogger(LiveJournal.class);

    private final JournalStore store;
    private final int maxBacklog;
    private final Set<MultiEmitter<? super Long>> followers = ConcurrentHashMap.newKeySet();
    private final AtomicLong newest = new AtomicLong(-1);
    private volatile boolean stopped;

    LiveJournal(JournalStore store, @ConfigProperty(name = "vgn.live.max-backlog") int maxBacklog) {
        this.store = store;
        this.maxBacklog = maxBacklog;
    }

    /**
     * The rows after {@code afterPosition} that pass {@code filter}: those journaled already, then
     * each one as it is journaled, until the service stops (then the stream completes). {@code access}
     * runs before every read, so a token revoked meanwhile ends the stream.
     */
    public <T> Multi<Edge<T>> follow(JournalStore.Filter filter, long afterPosition, Runnable access,
            Function<JournalEntry, T> convert) {
        var delivered = new AtomicLong(afterPosition);
        return Multi.createFrom().<Long>emitter(this::register, BackPressureStrategy.LATEST)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(wake -> {
                    access.run();
                    return next(filter, delivered, convert);
                });
    }

    /** Wakes the followers when the journal has grown since the last look. */
    @Scheduled(every = "${vgn.live.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (followers.isEmpty()) {
            return;
        }
        long latest;
        try {
            latest = store.latestPosition();
        } catch (RuntimeException unreachable) {
            // Every interval while PostgreSQL is down; the journal's health check reports the outage.
            LOG.debugf("Subscribers wait: the journal cannot be read now (%s)", unreachable.getMessage());
            return;
        }
        if (newest.getAndSet(latest) != latest) {
            followers.forEach(follower -> follower.emit(latest));
        }
    }

    /**
     * Completes every stream as soon as the shutdown delay starts (readiness is DOWN, the server still
     * serves), so that clients reconnect to another replica while this one can still tell them.
     */
    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        stop();
    }

    /** The same when there is no shutdown delay. */
    void stop(@Observes ShutdownEvent event) {
        stop();
    }

    private void stop() {
        stopped = true;
        followers.forEach(MultiEmitter::complete);
        followers.clear();
    }

    /** Joins the followers first and only then asks for the first read, so no change falls between the two. */
    private void register(MultiEmitter<? super Long> follower) {
        if (stopped) {
            follower.complete();
            return;
        }
        followers.add(follower);
        follower.onTermination(() -> followers.remove(follower));
        follower.emit(0L);
    }

    private <T> List<Edge<T>> next(JournalStore.Filter filter, AtomicLong delivered, Function<JournalEntry, T> convert) {
        var rows = store.page(filter, delivered.get(), maxBacklog + 1);
        if (rows.size() > maxBacklog) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "More than " + maxBacklog + " changes wait for this "
                    + "subscription, more than one subscriber is given at a time. Page through the query of the same "
                    + "name from your last cursor, then subscribe again with its endCursor.");
        }
        var edges = new ArrayList<Edge<T>>(rows.size());
        for (var row : rows) {
            edges.add(JournalQueries.edge(row, convert));
        }
        if (!rows.isEmpty()) {
            delivered.set(rows.get(rows.size() - 1).position);
        }
        return edges;
    }
}
