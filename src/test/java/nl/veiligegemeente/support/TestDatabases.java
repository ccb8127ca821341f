package nl.veiligegemeente.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real databases for the tests: an in-process Neo4j (the official test harness) and a PostgreSQL
 * (embedded binaries) that the service reaches over Bolt and JDBC on free loopback ports, exactly
 * as it reaches external servers. PostgreSQL can be stopped and started again on the same port and
 * data, so that a test can show what happens while it is unreachable.
 */
public class TestDatabases implements QuarkusTestResourceLifecycleManager {

    private static Path postgresData;
    private static int postgresPort;
    private static EmbeddedPostgres postgres;

    private Neo4j neo4j;

    @Override
    public Map<String, String> start() {
        neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                // The bounded wait for a consistency token's write, short so the timeout is quick to test.
                .withConfig(GraphDatabaseSettings.bookmark_ready_timeout, Duration.ofSeconds(1))
                .build();
        try {
            postgresData = Files.createTempDirectory("vgn-test-pg");
            postgres = startPostgres(0);
            postgresPort = postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                // neo4j://, as for a cluster: the driver routes reads and writes, here to the one server.
                "quarkus.neo4j.uri", "neo4j://" + neo4j.boltURI().getAuthority(),
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres",
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    private static EmbeddedPostgres startPostgres(int port) throws IOException {
        // Writes reach the disk (fsync), but a commit does not wait for it unless its session asks
        // (synchronous_commit stays off, zonky's default), and the log of such commits waits up to 10 s
        // in memory: a crash loses them, so the service must ask for durable journal commits itself.
        var builder = EmbeddedPostgres.builder().setDataDirectory(postgresData).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("wal_writer_delay", "10s");
        return (port == 0 ? builder : builder.setPort(port)).start();
    }

    /** Stops the test PostgreSQL: from now on the service cannot reach it. */
    public static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the test PostgreSQL's server and every process of it at once (SIGKILL), as a crash would. */
    public static void killPostgres() {
        try {
            var pid = Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).get(0).strip());
            var server = ProcessHandle.of(pid).orElseThrow();
            var processes = Stream.concat(server.descendants(), Stream.of(server)).toList();
            processes.forEach(ProcessHandle::destroyForcibly);
            processes.forEach(process -> process.onExit().join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Releases the data directory's lock; stopping the dead server fails, which zonky logs.
        stopPostgres();
    }

    /** Starts the test PostgreSQL again, on the same port with the same data. */
    public static void startPostgres() {
        try {
            postgres = startPostgres(postgresPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (neo4j != null) {
            neo4j.close();
        }
        if (postgres != null) {
            stopPostgres();
            try (var files = Files.walk(postgresData)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
