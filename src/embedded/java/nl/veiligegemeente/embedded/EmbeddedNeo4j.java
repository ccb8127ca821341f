package nl.veiligegemeente.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;

/**
 * An in-process Neo4j DBMS that serves Bolt on a loopback port, to the user {@value #USER} with a
 * password, and keeps its data in a directory.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The one user of the embedded DBMS (Neo4j Community's built-in admin). */
    public static final String USER = "neo4j";

    private final DatabaseManagementService dbms;

    private EmbeddedNeo4j(DatabaseManagementService dbms) {
        this.dbms = dbms;
    }

    /**
     * Starts the DBMS; fails with a {@link io.quarkus.runtime.QuarkusBindException} when the port is taken.
     * A read that must include a write (a consistency token) waits for it at most {@code bookmarkReadyTimeout}.
     * Bolt asks for the user {@value #USER} and the given password, which becomes the user's password if it
     * was another one (the data of a first start, of an older version without authentication, or a password
     * changed in the configuration); with no password, Bolt lets anyone in.
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, long pageCacheMebibytes, Duration bookmarkReadyTimeout,
            Optional<String> password) {
        LoopbackPort.ensureFree(boltPort, "Neo4j", "Stop the other process (another instance of this service?), "
                + "choose another port with VGN_EMBEDDED_NEO4J_PORT, or use a running Neo4j with QUARKUS_NEO4J_URI.");
        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LoopbackPort.HOST, boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(LoopbackPort.HOST, boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, password.isPresent())
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMebibytes))
                .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, bookmarkReadyTimeout)
                // Bolt otherwise waits twice five seconds for idle connections when the service stops.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                .build();
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        password.ifPresent(expected -> ensurePassword(dbms, boltPort, expected));
        return new EmbeddedNeo4j(dbms);
    }

    private static void ensurePassword(DatabaseManagementService dbms, int boltPort, String password) {
        // ALTER USER refuses the password the user already has, so it is tried over Bolt first.
        try (var driver = GraphDatabase.driver("bolt://" + LoopbackPort.HOST + ":" + boltPort, AuthTokens.none())) {
            if (driver.verifyAuthentication(AuthTokens.basic(USER, password))) {
                return;
            }
        }
        // The in-process API needs no login: it is how the password is set on data that has another one.
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
