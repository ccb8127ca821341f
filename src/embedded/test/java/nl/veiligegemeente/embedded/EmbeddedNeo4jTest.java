package nl.veiligegemeente.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import io.quarkus.runtime.QuarkusBindException;

/**
 * The embedded Neo4j the run command starts: real Bolt that asks for the password, data that outlives a
 * restart, data of a version without authentication that gets the password, a clear taken-port error.
 */
class EmbeddedNeo4jTest {

    private static final String PASSWORD = "fixture-password-1";
    private static final AuthToken RIGHT = AuthTokens.basic(EmbeddedNeo4j.USER, PASSWORD);

    @TempDir
    Path home;

    @Test
    void keepsItsDataAcrossARestart() throws IOException {
        var port = freePort();
        try (var ignored = start(port, Optional.of(PASSWORD))) {
            run(port, RIGHT, "CREATE (:Theme {id: 'fixture-blijft', name: 'Blijft bestaan'})");
        }
        try (var ignored = start(port, Optional.of(PASSWORD))) {
            assertThat(run(port, RIGHT, "MATCH (t:Theme {id: 'fixture-blijft'}) RETURN t.name")).isEqualTo("Blijft bestaan");
        }
    }

    @Test
    void letsInOnlyWithThePassword() throws IOException {
        var port = freePort();
        try (var ignored = start(port, Optional.of(PASSWORD))) {
            assertThatThrownBy(() -> run(port, AuthTokens.none(), "RETURN 1")).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> run(port, AuthTokens.basic(EmbeddedNeo4j.USER, "fixture-wrong-password"), "RETURN 1"))
                    .isInstanceOf(AuthenticationException.class);
            assertThat(run(port, RIGHT, "RETURN 'binnen'")).isEqualTo("binnen");
        }
    }

    @Test
    void dataWithoutAuthenticationGetsThePasswordAndKeepsItsGraph() throws IOException {
        var port = freePort();
        try (var olderVersion = start(port, Optional.empty())) {
            run(port, AuthTokens.none(), "CREATE (:Theme {id: 'fixture-van-toen', name: 'Van toen'})");
        }
        try (var ignored = start(port, Optional.of(PASSWORD))) {
            assertThatThrownBy(() -> run(port, AuthTokens.none(), "RETURN 1")).isInstanceOf(AuthenticationException.class);
            assertThat(run(port, RIGHT, "MATCH (t:Theme {id: 'fixture-van-toen'}) RETURN t.name")).isEqualTo("Van toen");
        }
        var changed = AuthTokens.basic(EmbeddedNeo4j.USER, "fixture-password-2");
        try (var ignored = start(port, Optional.of("fixture-password-2"))) {
            assertThatThrownBy(() -> run(port, RIGHT, "RETURN 1")).as("the old password").isInstanceOf(AuthenticationException.class);
            assertThat(run(port, changed, "MATCH (t:Theme {id: 'fixture-van-toen'}) RETURN t.name")).isEqualTo("Van toen");
        }
    }

    @Test
    void aTakenPortIsReportedAsSuch() throws IOException {
        try (var taken = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            assertThatThrownBy(() -> start(taken.getLocalPort(), Optional.of(PASSWORD)))
                    .hasRootCauseInstanceOf(QuarkusBindException.class)
                    .rootCause().hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
    }

    private EmbeddedNeo4j start(int port, Optional<String> password) {
        return EmbeddedNeo4j.start(home, port, 32, Duration.ofSeconds(30), password);
    }

    private static String run(int port, AuthToken credentials, String cypher) {
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, credentials)) {
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
