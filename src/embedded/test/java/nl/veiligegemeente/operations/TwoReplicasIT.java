package nl.veiligegemeente.operations;

import static nl.veiligegemeente.operations.Publications.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.restassured.response.ValidatableResponse;
import nl.veiligegemeente.embedded.PostmasterPid;
import nl.veiligegemeente.support.ConsistencyTokens;
import nl.veiligegemeente.support.GraphQLWebSocket;

/**
 * Two replicas of the packaged service over one Neo4j and one PostgreSQL, as in a deployment:
 * replica A starts as the run command starts it, with its embedded databases; replica B gets those
 * databases' addresses through the documented environment variables ({@code QUARKUS_NEO4J_URI} as a
 * routing {@code neo4j://} URI, {@code QUARKUS_DATASOURCE_JDBC_URL}) with the passwords A generated for
 * them ({@code QUARKUS_NEO4J_AUTHENTICATION_PASSWORD}, {@code QUARKUS_DATASOURCE_PASSWORD}) and embeds nothing. Both run the
 * journal relay every second. The tests share the two replicas and run in order: the last two stop
 * B, then A, with SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final String CONSISTENCY_HEADER = "X-Consistency-Token";
    private static final Duration WRITES_WAIT = Duration.ofMinutes(3);

    private static final String UPDATE = """
            mutation($id: ID!, $version: Int!) {
              updateApproach(id: $id, expectedVersion: $version, input: {status: ACTIVE}) { id approach { version } }
            }""";
    private static final String READ = "query($id: ID!) { approach(id: $id) { title municipality { code } } }";

    @TempDir
    static Path data;

    private static ServiceProcess a;
    private static ServiceProcess b;
    private static String publisherToken;

    @BeforeAll
    static void startTwoReplicas() throws IOException {
        var neo4jPort = ServiceProcess.freePort();
        var postgresPort = ServiceProcess.freePort();
        a = ServiceProcess.start("replica-a", ServiceProcess.withCommonSettings(Map.of(
                "VGN_DATA_DIR", data.resolve("a").toString(),
                "VGN_EMBEDDED_NEO4J_PORT", String.valueOf(neo4jPort),
                "VGN_EMBEDDED_NEO4J_PAGE_CACHE_MIB", "64",
                // The forged token's wait, short so that its CONSISTENCY_TIMEOUT comes quickly.
                "VGN_EMBEDDED_NEO4J_BOOKMARK_READY_TIMEOUT", "2s",
                "VGN_EMBEDDED_POSTGRES_PORT", String.valueOf(postgresPort))));
        b = ServiceProcess.start("replica-b", ServiceProcess.withCommonSettings(Map.of(
                "VGN_DATA_DIR", data.resolve("b").toString(),
                "QUARKUS_NEO4J_URI", "neo4j://127.0.0.1:" + neo4jPort,
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_NEO4J_AUTHENTICATION_PASSWORD", Files.readString(data.resolve("a").resolve("neo4j.password")),
                "QUARKUS_DATASOURCE_PASSWORD", Files.readString(data.resolve("a").resolve("postgres.password")))));
        publisherToken = Publications.createPublisher(a, "Fixture replica's");
    }

    /** Stops whatever still runs, even after a failure, and a PostgreSQL that a killed replica A left behind. */
    @AfterAll
    static void stopReplicas() {
        for (var replica : new ServiceProcess[] {b, a}) {
            if (replica != null) {
                replica.close();
            }
        }
        PostmasterPid.of(data.resolve("a").resolve("pg")).ifPresent(PostmasterPid::stop);
    }

    @Test
    @Order(1)
    void aReplicaAnswersWithTheWriteAnotherReplicaMadeWhenGivenItsToken() {
        var tokenOfA = publish(a, publisherToken, "fixture-geschreven-op-a", "Geschreven op replica A").getString("extensions.consistencyToken");
        var tokenOfB = publish(b, publisherToken, "fixture-geschreven-op-b", "Geschreven op replica B").getString("extensions.consistencyToken");
        assertThat(tokenOfA).isNotBlank();
        assertThat(tokenOfB).isNotBlank();

        readWithToken(b, "fixture-geschreven-op-a", tokenOfA)
                .body("errors", nullValue())
                .body("data.approach.title", equalTo("Geschreven op replica A"))
                .body("data.approach.municipality.code", equalTo(Publications.MUNICIPALITY));
        readWithToken(a, "fixture-geschreven-op-b", tokenOfB)
                .body("errors", nullValue())
                .body("data.approach.title", equalTo("Geschreven op replica B"));
    }

    @Test
    @Order(2)
    void aTokenForAWriteTheDatabaseNeverReachesGetsConsistencyTimeoutOnTheOtherReplica() {
        var token = publish(a, publisherToken, "fixture-toekomst-op-b", "Toekomst op replica B").getString("extensions.consistencyToken");

        readWithToken(b, "fixture-toekomst-op-b", ConsistencyTokens.later(token))
                .body("data.approach", nullValue())
                .body("errors[0].extensions.code", equalTo("CONSISTENCY_TIMEOUT"));
    }

    /** The live feed follows the shared journal: a subscriber on replica B receives what is published through replica A. */
    @Test
    @Order(3)
    void aSubscriberOnOneReplicaReceivesTheChangePublishedThroughTheOther() {
        try (var socket = GraphQLWebSocket.connect(b.graphql(), Map.of())) {
            socket.subscribe("feed", "subscription { approachFeed { node { approachId action } } }", Map.of());
            publish(a, publisherToken, "fixture-live-op-a", "Live gepubliceerd op replica A");
            // The feed first replays the few entries of the tests before this one.
            for (var received = 0; received < 20; received++) {
                var payload = socket.nextPayload();
                assertThat(payload).doesNotContainKey("errors");
                if (payload.toString().contains("approachId=fixture-live-op-a")) {
                    assertThat(payload.toString()).contains("action=CREATED");
                    return;
                }
            }
            throw new AssertionError("Replica B's subscriber never received the approach published through replica A");
        }
    }

    /**
     * 20 approaches, each published on one replica and changed on the other, all at once: 40 changes,
     * while both replicas copy the outbox every second besides the copy each mutation makes itself.
     */
    @Test
    @Order(4)
    void everyChangeThroughEitherReplicaIsJournaledExactlyOnce() throws Exception {
        var approaches = 20;
        var executor = Executors.newFixedThreadPool(4);
        var acknowledged = new ArrayList<String>();
        try {
            List<Future<List<String>>> chains = IntStream.range(0, approaches).mapToObj(i -> executor.submit(() -> {
                var first = i % 2 == 0 ? a : b;
                var second = first == a ? b : a;
                var id = "fixture-journaal-" + i;
                publish(first, publisherToken, id, "Fixture journaal " + i);
                second.graphql(publisherToken, UPDATE, Map.of("id", id, "version", 1))
                        .body("errors", nullValue())
                        .body("data.updateApproach.approach.version", equalTo(2));
                return List.of(id + " v1", id + " v2");
            })).toList();
            for (var chain : chains) {
                acknowledged.addAll(chain.get(WRITES_WAIT.toSeconds(), TimeUnit.SECONDS));
            }
        } finally {
            executor.shutdownNow();
        }

        Publications.awaitEmptyOutbox(a);
        assertThat(Publications.journaled(a, "fixture-journaal-")).hasSize(2 * approaches).containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    /**
     * Replica B gets SIGTERM while a client publishes through it one approach after another: every
     * publication it acknowledged is in the graph and in the journal once, read through replica A.
     */
    @Test
    @Order(5)
    void aReplicaStoppedWithSigtermDuringAMutationLoopLosesNoAcknowledgedWrite() throws Exception {
        var prefix = "fixture-sigterm-";
        var acknowledged = new CopyOnWriteArrayList<String>();
        var loop = CompletableFuture.supplyAsync(() -> Publications.publishUntilGone(b, publisherToken, prefix, acknowledged));
        ServiceProcess.await("10 writes acknowledged", WRITES_WAIT, () -> acknowledged.size() >= 10 || loop.isDone(), b::logTail);
        assertThat(loop).as("the loop still runs").isNotDone();

        var beforeSigterm = acknowledged.size();
        b.terminate();
        var attempts = loop.get(WRITES_WAIT.toSeconds(), TimeUnit.SECONDS);
        System.out.printf("Replica B acknowledged %d of %d publications, %d of them after SIGTERM%n",
                acknowledged.size(), attempts, acknowledged.size() - beforeSigterm);

        assertThat(attempts).as("the loop ended because replica B went away").isLessThan(Publications.MAX_ATTEMPTS);
        Publications.awaitEmptyOutbox(a);
        var inGraph = Publications.approachIds(a, prefix);
        assertThat(inGraph).containsAll(acknowledged);
        assertThat(Publications.journaled(a, prefix)).as("one row for every publication that committed, acknowledged or not")
                .containsExactlyInAnyOrderElementsOf(inGraph.stream().map(id -> id + " v1").toList());
    }

    /**
     * Replica A gets SIGTERM with a subscriber connected: it closes the subscriber's socket while it is
     * still stopping (the client reconnects elsewhere at once), and leaves no PostgreSQL running.
     */
    @Test
    @Order(6)
    void theReplicaWithTheEmbeddedDatabasesClosesItsSubscribersAndLeavesNoPostgreSQLRunningAfterSigterm() throws Exception {
        var postgres = PostmasterPid.of(data.resolve("a").resolve("pg"));
        assertThat(postgres).as("replica A's embedded PostgreSQL runs").isPresent();

        try (var socket = GraphQLWebSocket.connect(a.graphql(), Map.of())) {
            socket.subscribe("feed", "subscription { approachFeed { node { approachId } } }", Map.of());
            var stopped = CompletableFuture.runAsync(a::terminate);
            var message = socket.next();
            for (var read = 1; !"closed".equals(message.get("type")) && read < 100_000; read++) {
                message = socket.next();
            }
            assertThat(message).as("the last message").containsEntry("type", "closed");
            assertThat(a.isAlive()).as("replica A still stopping when it closed the socket").isTrue();
            stopped.get(5, TimeUnit.MINUTES);
        }

        assertThat(postgres.get().isAlive()).as("the PostgreSQL process after replica A exited").isFalse();
        assertThat(PostmasterPid.of(data.resolve("a").resolve("pg"))).isEmpty();
    }

    private static ValidatableResponse readWithToken(ServiceProcess replica, String id, String token) {
        return replica.request().header(CONSISTENCY_HEADER, token)
                .body(Map.of("query", READ, "variables", Map.of("id", id))).post("/graphql").then();
    }
}
