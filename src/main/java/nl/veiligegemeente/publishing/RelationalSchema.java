package nl.veiligegemeente.publishing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Applies the Flyway migrations of the relational store (publishers, journal) at start.
 *
 * <p>It runs from a startup observer rather than Flyway's migrate-at-start, which comes before
 * every observer and so before an embedded PostgreSQL is up.
 */
@ApplicationScoped
public class RelationalSchema {

    /** Observers that need the relational schema run at a later (higher) priority than this. */
    public static final int MIGRATED = Interceptor.Priority.PLATFORM_BEFORE + 100;

    private static final Logger LOG = Logger.getLogger(RelationalSchema.class);

    private final Flyway flyway;

    RelationalSchema(Flyway flyway) {
        this.flyway = flyway;
    }

    void migrate(@Observes @Priority(MIGRATED) StartupEvent event) {
        var result = flyway.migrate();
        LOG.infof("Relational schema at version %s (%d migrations applied now)",
                flyway.info().current() == null ? "(none)" : flyway.info().current().getVersion(),
                result.migrationsExecuted);
    }
}
