package nl.veiligegemeente.embedded;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A stand-in for a service that gets killed: starts the embedded PostgreSQL on the given data
 * directory and port, writes a row, says {@code ready} and waits to be killed.
 */
public final class LeftRunning {

    static final String READY = "ready";

    private LeftRunning() {
    }

    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgreSQL.start(Path.of(args[0]), Integer.parseInt(args[1]), EmbeddedPostgreSQLTest.PASSWORD);
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgreSQL.USER, EmbeddedPostgreSQLTest.PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE fixture_overleeft (name TEXT); INSERT INTO fixture_overleeft VALUES ('Overleeft')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
