package nl.veiligegemeente.publishing.journal;

import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * The journal outbox as a Prometheus gauge: how many committed changes wait in Neo4j to be copied
 * to PostgreSQL. Counted when scraped; above zero for longer than the relay interval means
 * PostgreSQL is unreachable or refusing the entries.
 */
@ApplicationScoped
class OutboxMetrics {

    static final String DEPTH = "vgn.journal.outbox.depth";
    static final String SET_ASIDE = "vgn.journal.outbox.set.aside";

    void register(@Observes StartupEvent event, MeterRegistry registry, Outbox outbox) {
        Gauge.builder(DEPTH, outbox, box -> count(box, Outbox.Counts::waiting))
                .description("Journal entries committed in Neo4j and not yet copied to PostgreSQL")
                .register(registry);
        Gauge.builder(SET_ASIDE, outbox, box -> count(box, Outbox.Counts::setAside))
                .description("Journal entries PostgreSQL refused, kept in the outbox until an admin clears them")
                .register(registry);
    }

    private static double count(Outbox outbox, ToLongFunction<Outbox.Counts> which) {
        try {
            return which.applyAsLong(outbox.counts());
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}
