package nl.veiligegemeente.graph;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;

/**
 * Applies the versioned Cypher of {@code graph-seed/} at start, in order, each file exactly once.
 *
 * <p>Neo4j-Migrations records every applied file in the graph. It runs at start ({@link GraphStart})
 * rather than at runtime-init so that an embedded Neo4j is up first. While another replica holds
 * its lock (a {@code __Neo4jMigrationsLock} node), it is tried again every second for up to
 * {@code vgn.graph-seed.lock-wait}: Neo4j-Migrations itself fails at once.
 */
@ApplicationScoped
public class GraphSeed {

    /** Where the build puts {@code graph-seed/} on the classpath. */
    static final String LOCATION = "classpath:graph-seed";

    private static final Logger LOG = Logger.getLogger(GraphSeed.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    /** What Neo4j answers when the lock node exists already: its unique constraint refuses a second one. */
    private static final String LOCK_TAKEN = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final Driver driver;
    private final Duration lockWait;

    GraphSeed(Driver driver, @ConfigProperty(name = "vgn.graph-seed.lock-wait") Duration lockWait) {
        this.driver = driver;
        this.lockWait = lockWait;
    }

    /** Applies what is not applied yet, waiting (bounded) while another replica migrates. */
    void apply() {
        var migrations = new Migrations(MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(new ClasspathDirectory())
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_MIGRATION)
                .build(), driver);
        var deadline = Instant.now().plus(lockWait);
        while (true) {
            try {
                var version = migrations.apply(true);
                LOG.infof("Graph schema and seed at version %s", version.map(Object::toString).orElse("(none)"));
                return;
            } catch (MigrationsException e) {
                if (!lockTaken(e)) {
                    throw e;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("graph-seed/ stayed locked by another migration for longer than "
                            + lockWait + " (vgn.graph-seed.lock-wait). If no replica is migrating, one died while it"
                            + " did: remove its lock with MATCH (l:__Neo4jMigrationsLock) DELETE l", e);
                }
                LOG.infof("Another replica is applying graph-seed/ (its lock node exists): trying again in %s", RETRY_PAUSE);
                pause();
            }
        }
    }

    private static boolean lockTaken(MigrationsException e) {
        return e.getCause() instanceof Neo4jException refused && LOCK_TAKEN.equals(refused.code());
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the graph-seed/ lock", e);
        }
    }
}
