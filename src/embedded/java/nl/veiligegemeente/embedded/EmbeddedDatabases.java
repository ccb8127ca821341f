package nl.veiligegemeente.embedded;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/** Starts the embedded databases before anything talks to them, starts a PostgreSQL that died again, and stops them last. */
@ApplicationScoped
public class EmbeddedDatabases {

    /** Observers that need the databases run at a later (higher) priority than this. */
    public static final int STARTED = Interceptor.Priority.PLATFORM_BEFORE;

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabases.class);

    @ConfigProperty(name = "vgn.data-dir")
    Path dataDir;

    @ConfigProperty(name = "vgn.embedded.neo4j.port")
    int neo4jPort;

    @ConfigProperty(name = "vgn.embedded.neo4j.page-cache-mib")
    long neo4jPageCacheMib;

    @ConfigProperty(name = "vgn.embedded.neo4j.bookmark-ready-timeout")
    Duration neo4jBookmarkReadyTimeout;

    @ConfigProperty(name = "vgn.embedded.postgres.port")
    int postgresPort;

    private EmbeddedNeo4j neo4j;
    private EmbeddedPostgreSQL postgres;

    synchronized void start(@Observes @Priority(STARTED) StartupEvent event) {
        if (EmbeddedDefaults.isInEffect(EmbeddedDefaults.NEO4J_URI)) {
            var home = dataDir.resolve("neo4j").toAbsolutePath();
            LOG.infof("No external Neo4j configured (%s): starting an embedded Neo4j on %s:%d, data in %s",
                    environmentName(EmbeddedDefaults.NEO4J_URI), LoopbackPort.HOST, neo4jPort, home);
            neo4j = EmbeddedNeo4j.start(home, neo4jPort, neo4jPageCacheMib, neo4jBookmarkReadyTimeout);
        }
        if (EmbeddedDefaults.isInEffect(EmbeddedDefaults.JDBC_URL)) {
            var data = dataDir.resolve("pg").toAbsolutePath();
            LOG.infof("No external PostgreSQL configured (%s): starting an embedded PostgreSQL on %s:%d, data in %s",
                    environmentName(EmbeddedDefaults.JDBC_URL), LoopbackPort.HOST, postgresPort, data);
            postgres = EmbeddedPostgreSQL.start(data, postgresPort);
        }
    }

    /** Starts the embedded PostgreSQL again when it died, every {@code vgn.embedded.postgres.check-interval}. */
    @Scheduled(every = "${vgn.embedded.postgres.check-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void keepPostgresRunning() {
        if (postgres == null || jvmShuttingDown()) {
            return;
        }
        try {
            postgres = postgres.restartIfDead();
        } catch (RuntimeException e) {
            LOG.errorf("The embedded PostgreSQL did not start again; trying again in a moment: %s", e.getMessage());
        }
    }

    /**
     * Whether the JVM is shutting down: the embedded server's own shutdown hook may already have
     * stopped it, and a server started again now would outlive the service.
     */
    private static boolean jvmShuttingDown() {
        var probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    private static String environmentName(String property) {
        return property.toUpperCase().replace('.', '_');
    }

    synchronized void stop(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ShutdownEvent event) {
        if (neo4j != null) {
            neo4j.close();
            neo4j = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
