package nl.veiligegemeente.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/** An in-process Neo4j DBMS that serves Bolt on a loopback port and keeps its data in a directory. */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;

    private EmbeddedNeo4j(DatabaseManagementService dbms) {
        this.dbms = dbms;
    }

    /**
     * Starts the DBMS; fails with a {@link io.quarkus.runtime.QuarkusBindException} when the port is taken.
     * A read that must include a write (a consistency token) waits for it at most {@code bookmarkReadyTimeout}.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheMebibytes, Duration bookmarkReadyTimeout) {
        LoopbackPort.ensureFree(boltPort, "Neo4j", "Stop the other process (another instance of this service?), "
                + "choose another port with VGN_EMBEDDED_NEO4J_PORT, or use a running Neo4j with QUARKUS_NEO4J_URI.");
        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LoopbackPort.HOST, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LoopbackPort.HOST, boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMebibytes))
                .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, bookmarkReadyTimeout)
                // Bolt otherwise waits twice five seconds for idle connections when the service stops.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                .build();
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return new EmbeddedNeo4j(dbms);
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
