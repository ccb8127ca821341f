package nl.veiligegemeente.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import io.quarkus.runtime.QuarkusBindException;

/** The embedded Neo4j the run command starts: real Bolt, data that outlives a restart, a clear taken-port error. */
class EmbeddedNeo4jTest {

    @TempDir
    Path home;

    @Test
    void keepsItsDataAcrossARestart() throws IOException {
        var port = freePort();
        try (var ignored = EmbeddedNeo4j.start(home, port, 32, Duration.ofSeconds(30))) {
            run(port, "CREATE (:Theme {id: 'fixture-blijft', name: 'Blijft bestaan'})");
        }
        try (var ignored = EmbeddedNeo4j.start(home, port, 32, Duration.ofSeconds(30))) {
            assertThat(run(port, "MATCH (t:Theme {id: 'fixture-blijft'}) RETURN t.name")).isEqualTo("Blijft bestaan");
        }
    }

    @Test
    void aTakenPortIsReportedAsSuch() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(home, taken.getLocalPort(), 32, Duration.ofSeconds(30)))
                    .hasRootCauseInstanceOf(QuarkusBindException.class)
                    .rootCause().hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    private static String run(int port, String cypher) {
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            var records = driver.executableQuery(cypher).execute().records();
            return records.isEmpty() ? null : records.get(0).get(0).asString();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            return socket.getLocalPort();
        }
    }
}
