package bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A standalone Neo4j 5.26 Community DBMS in its own JVM, serving Bolt on a loopback port (no
 * authentication), configured as the service's embedded one; runs until the process is stopped.
 * Usage: {@code Neo4jServer <data dir> <bolt port> <page cache MiB>}.
 */
public final class Neo4jServer {

    private Neo4jServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        var home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        long pageCache = Long.parseLong(args[2]);
        var address = new SocketAddress("127.0.0.1", port);
        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(BoltConnector.advertised_address, address)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCache))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                .build();
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }));
        System.out.println("Neo4j 5.26 serving Bolt on bolt://127.0.0.1:" + port + " (data in " + home + ")");
        stopped.await();
    }
}
