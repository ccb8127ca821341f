package nl.veiligegemeente.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.QuarkusBindException;

/** The embedded PostgreSQL the run command starts: real JDBC, data that outlives a restart, a clear taken-port error. */
class EmbeddedPostgreSQLTest {

    @TempDir
    Path data;

    @Test
    void keepsItsDataAcrossARestart() throws Exception {
        var port = freePort();
        try (var server = EmbeddedPostgreSQL.start(data, port)) {
            run(server.jdbcUrl(), "CREATE TABLE fixture_blijft (name TEXT); INSERT INTO fixture_blijft VALUES ('Blijft bestaan')");
        }
        try (var server = EmbeddedPostgreSQL.start(data, port)) {
            assertThat(run(server.jdbcUrl(), "SELECT name FROM fixture_blijft")).isEqualTo("Blijft bestaan");
        }
    }

    @Test
    void aTakenPortIsReportedAsSuch() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            assertThatThrownBy(() -> EmbeddedPostgreSQL.start(data, taken.getLocalPort()))
                    .hasRootCauseInstanceOf(QuarkusBindException.class)
                    .rootCause().hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    private static String run(String url, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url, EmbeddedPostgreSQL.USER, "");
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
