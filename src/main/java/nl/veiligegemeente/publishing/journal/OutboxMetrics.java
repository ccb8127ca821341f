package nl.veiligegemeente.publishing.journal;

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

    void register(@Observes StartupEvent event, MeterRegistry registry, Journal journal) {
        Gauge.builder(DEPTH, journal, OutboxMetrics::depth)
                .description("Journal entries committed in Neo4j and not yet copied to PostgreSQL")
                .register(registry);
    }

    private static double depth(Journal journal) {
        try {
            return journal.outboxDepth();
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }
}
