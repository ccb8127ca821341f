package nl.veiligegemeente.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.QuarkusBindException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL the run command starts: real JDBC that asks for the password, durable commits,
 * data that outlives a restart, a crash of itself or of the service, data of a version without a
 * password that gets it, and a clear taken-port error.
 */
class EmbeddedPostgreSQLTest {

    static final String PASSWORD = "fixture-password-1";

    @TempDir
    Path data;

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        var port = freePort();
        try (var server = EmbeddedPostgreSQL.start(data, port, PASSWORD)) {
            run(server.jdbcUrl(), "CREATE TABLE fixture_blijft (name TEXT); INSERT INTO fixture_blijft VALUES ('Blijft bestaan')");
        }
        try (var server = EmbeddedPostgreSQL.start(data, port, PASSWORD)) {
            assertThat(run(server.jdbcUrl(), "SELECT name FROM fixture_blijft")).isEqualTo("Blijft bestaan");
        }
    }

    @Test
    void commitsAreOnDiskBeforeTheyAreAcknowledged() throws Exception {
        try (var server = EmbeddedPostgreSQL.start(data, freePort(), PASSWORD)) {
            assertThat(run(server.jdbcUrl(), "SHOW fsync")).isEqualTo("on");
            assertThat(run(server.jdbcUrl(), "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void aServerLeftRunningByAKilledServiceIsStoppedAtStart() throws Exception {
        var port = freePort();
        var killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LeftRunning.class.getName(), data.toString(), String.valueOf(port))
                .redirectErrorStream(true).start();
        try {
            var ready = CompletableFuture.supplyAsync(() -> new BufferedReader(new InputStreamReader(killed.getInputStream()))
                    .lines().anyMatch(LeftRunning.READY::equals));
            assertThat(ready.get(3, TimeUnit.MINUTES)).as("the other service started its PostgreSQL").isTrue();
        } finally {
            killed.destroyForcibly().waitFor();
        }
        assertThat(portIsTaken(port)).as("its PostgreSQL outlives it").isTrue();

        try (var server = EmbeddedPostgreSQL.start(data, port, PASSWORD)) {
            assertThat(run(server.jdbcUrl(), "SELECT name FROM fixture_overleeft")).isEqualTo("Overleeft");
        }
    }

    @Test
    void aServerThatDiedIsStartedAgainWithItsData() throws Exception {
        var server = EmbeddedPostgreSQL.start(data, freePort(), PASSWORD);
        try {
            run(server.jdbcUrl(), "CREATE TABLE fixture_herstart (name TEXT); INSERT INTO fixture_herstart VALUES ('Na de crash')");
            killWithItsProcesses(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip()));
            assertThat(server.isRunning()).isFalse();

            server = server.restartIfDead();

            assertThat(server.isRunning()).isTrue();
            assertThat(run(server.jdbcUrl(), "SELECT name FROM fixture_herstart")).isEqualTo("Na de crash");
            assertThat(server.restartIfDead()).isSameAs(server);
        } finally {
            server.close();
        }
    }

    private static void killWithItsProcesses(long pid) {
        var postmaster = ProcessHandle.of(pid).orElseThrow();
        var processes = Stream.concat(postmaster.descendants(), Stream.of(postmaster)).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(process -> process.onExit().join());
    }

    private static boolean portIsTaken(int port) {
        try (var socket = new Socket(LoopbackPort.HOST, port)) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aTakenPortIsReportedAsSuch() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            assertThatThrownBy(() -> EmbeddedPostgreSQL.start(data, taken.getLocalPort(), PASSWORD))
                    .hasRootCauseInstanceOf(QuarkusBindException.class)
                    .rootCause().hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    @Test
    void letsInOnlyWithThePassword() throws Exception {
        try (var server = EmbeddedPostgreSQL.start(data, freePort(), PASSWORD)) {
            assertThatThrownBy(() -> run(server.jdbcUrl(), null, "SELECT 'binnen'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> run(server.jdbcUrl(), "fixture-wrong-password", "SELECT 'binnen'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThat(run(server.jdbcUrl(), "SELECT 'binnen'")).isEqualTo("binnen");
        }
    }

    @Test
    void dataWithoutAPasswordGetsItAndKeepsItsRows() throws Exception {
        var port = freePort();
        // What the versions before passwords started: zonky's cluster, trusting every loopback connection.
        try (var olderVersion = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start()) {
            run(olderVersion.getJdbcUrl(EmbeddedPostgreSQL.USER, "postgres"), null,
                    "CREATE TABLE fixture_van_toen (name TEXT); INSERT INTO fixture_van_toen VALUES ('Van toen')");
        }
        try (var server = EmbeddedPostgreSQL.start(data, port, PASSWORD)) {
            assertThatThrownBy(() -> run(server.jdbcUrl(), null, "SELECT 1")).isInstanceOf(SQLException.class);
            assertThat(run(server.jdbcUrl(), "SELECT name FROM fixture_van_toen")).isEqualTo("Van toen");
        }
        try (var server = EmbeddedPostgreSQL.start(data, port, PASSWORD)) {
            assertThatThrownBy(() -> run(server.jdbcUrl(), null, "SELECT 1")).as("after a restart").isInstanceOf(SQLException.class);
            assertThat(run(server.jdbcUrl(), "SELECT name FROM fixture_van_toen")).isEqualTo("Van toen");
        }
    }

    private static String run(String url, String sql) throws SQLException {
        return run(url, PASSWORD, sql);
    }

    private static String run(String url, String password, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, EmbeddedPostgreSQL.USER, password);
                var statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                var result = statement.getResultSet();
                return result.next() ? result.getString(1) : null;
            }
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            return socket.getLocalPort();
        }
    }
}
