package nl.veiligegemeente.publishing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import nl.veiligegemeente.graph.GraphStart;

/**
 * Applies the Flyway migrations of the relational store (publishers, journal) at start.
 *
 * <p>It runs at start, while the graph starts ({@link GraphStart}), rather than as Flyway's
 * migrate-at-start, which comes before every startup observer and so before an embedded PostgreSQL is up.
 */
@ApplicationScoped
public class RelationalSchema {

    /** Observers of {@link GraphStart.Meanwhile} that need the relational schema run at a later (higher) priority than this. */
    public static final int MIGRATED = Interceptor.Priority.PLATFORM_BEFORE + 100;

    private static final Logger LOG = Logger.getLogger(RelationalSchema.class);

    private final Flyway flyway;

    RelationalSchema(Flyway flyway) {
        this.flyway = flyway;
    }

    void migrate(@Observes @Priority(MIGRATED) GraphStart.Meanwhile event) {
        var result = flyway.migrate();
        LOG.infof("Relational schema at version %s (%d migrations applied now)",
                flyway.info().current() == null ? "(none)" : flyway.info().current().getVersion(),
                result.migrationsExecuted);
    }
}
