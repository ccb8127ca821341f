package nl.veiligegemeente.graph;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Applies the versioned Cypher of {@code graph-seed/} at start, in order, each file exactly once.
 *
 * <p>Neo4j-Migrations records every applied file in the graph. It runs from a startup observer
 * rather than at runtime-init so that an embedded Neo4j is up first.
 */
@ApplicationScoped
public class GraphSeed {

    /** Where the build puts {@code graph-seed/} on the classpath. */
    static final String LOCATION = "classpath:graph-seed";

    private static final Logger LOG = Logger.getLogger(GraphSeed.class);

    private final Driver driver;

    GraphSeed(Driver driver) {
        this.driver = driver;
    }

    void apply(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) StartupEvent event) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(new ClasspathDirectory())
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_MIGRATION)
                .build();
        var version = new Migrations(config, driver).apply(true);
        LOG.infof("Graph schema and seed at version %s", version.map(Object::toString).orElse("(none)"));
    }
}
