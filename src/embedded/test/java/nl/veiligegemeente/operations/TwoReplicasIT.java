package nl.veiligegemeente.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import nl.veiligegemeente.embedded.PostmasterPid;
import nl.veiligegemeente.support.ConsistencyTokens;
import nl.veiligegemeente.support.GraphQLWebSocket;

/**
 * Two replicas of the packaged service over one Neo4j and one PostgreSQL, as in a deployment:
 * replica A starts as the run command starts it, with its embedded databases; replica B gets those
 * databases' addresses through the documented environment variables ({@code QUARKUS_NEO4J_URI} as a
 * routing {@code neo4j://} URI, {@code QUARKUS_DATASOURCE_JDBC_URL}) and embeds nothing. Both run the
 * journal relay every second. The tests share the two replicas and run in order: the last two stop
 * B, then A, with SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final String ADMIN_TOKEN = "it-admin-token-not-secret";
    private static final String MUNICIPALITY = "GM0935";
    private static final String CONSISTENCY_HEADER = "X-Consistency-Token";
    private static final Duration RELAY_WAIT = Duration.ofMinutes(2);
    private static final Duration WRITES_WAIT = Duration.ofMinutes(3);
    private static final int MAX_ATTEMPTS = 5_000;
    private static final int MAX_PAGES = 200;

    private static final String PUBLISH = """
            mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id approach { version } } }""";
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
    static void startTwoReplicas() {
        var neo4jPort = ServiceProcess.freePort();
        var postgresPort = ServiceProcess.freePort();
        a = ServiceProcess.start("replica-a", withCommonSettings(Map.of(
                "VGN_DATA_DIR", data.resolve("a").toString(),
                "VGN_EMBEDDED_NEO4J_PORT", String.valueOf(neo4jPort),
                "VGN_EMBEDDED_NEO4J_PAGE_CACHE_MIB", "64",
                // The forged token's wait, short so that its CONSISTENCY_TIMEOUT comes quickly.
                "VGN_EMBEDDED_NEO4J_BOOKMARK_READY_TIMEOUT", "2s",
                "VGN_EMBEDDED_POSTGRES_PORT", String.valueOf(postgresPort))));
        b = ServiceProcess.start("replica-b", withCommonSettings(Map.of(
                "VGN_DATA_DIR", data.resolve("b").toString(),
                "QUARKUS_NEO4J_URI", "neo4j://127.0.0.1:" + neo4jPort,
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres")));
        publisherToken = a.graphql(ADMIN_TOKEN, """
                mutation { createPublisher(input: {name: "Fixture replica's", role: PUBLISHER, municipalityCode: "GM0935"}) { token } }""",
                Map.of()).body("errors", nullValue()).extract().jsonPath().getString("data.createPublisher.token");
    }

    private static Map<String, String> withCommonSettings(Map<String, String> settings) {
        var all = new HashMap<>(settings);
        all.put("VGN_ADMIN_TOKEN", ADMIN_TOKEN);
        all.put("VGN_JOURNAL_RELAY_INTERVAL", "1s");
        // The build machine may be slow and loaded; production's 15 s and 10 s would make a slow write a failure here.
        all.put("VGN_GRAPHQL_REQUEST_TIMEOUT", "2m");
        all.put("VGN_NEO4J_TRANSACTION_TIMEOUT", "1m");
        return all;
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
        var tokenOfA = publish(a, "fixture-geschreven-op-a", "Geschreven op replica A").getString("extensions.consistencyToken");
        var tokenOfB = publish(b, "fixture-geschreven-op-b", "Geschreven op replica B").getString("extensions.consistencyToken");
        assertThat(tokenOfA).isNotBlank();
        assertThat(tokenOfB).isNotBlank();

        readWithToken(b, "fixture-geschreven-op-a", tokenOfA)
                .body("errors", nullValue())
                .body("data.approach.title", equalTo("Geschreven op replica A"))
                .body("data.approach.municipality.code", equalTo(MUNICIPALITY));
        readWithToken(a, "fixture-geschreven-op-b", tokenOfB)
                .body("errors", nullValue())
                .body("data.approach.title", equalTo("Geschreven op replica B"));
    }

    @Test
    @Order(2)
    void aTokenForAWriteTheDatabaseNeverReachesGetsConsistencyTimeoutOnTheOtherReplica() {
        var token = publish(a, "fixture-toekomst-op-b", "Toekomst op replica B").getString("extensions.consistencyToken");

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
            publish(a, "fixture-live-op-a", "Live gepubliceerd op replica A");
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
                publish(first, id, "Fixture journaal " + i);
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

        awaitEmptyOutbox(a);
        assertThat(journaled("fixture-journaal-")).hasSize(2 * approaches).containsExactlyInAnyOrderElementsOf(acknowledged);
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
        var loop = CompletableFuture.supplyAsync(() -> publishUntilGone(b, prefix, acknowledged));
        ServiceProcess.await("10 writes acknowledged", WRITES_WAIT, () -> acknowledged.size() >= 10 || loop.isDone(), b::logTail);
        assertThat(loop).as("the loop still runs").isNotDone();

        var beforeSigterm = acknowledged.size();
        b.terminate();
        var attempts = loop.get(WRITES_WAIT.toSeconds(), TimeUnit.SECONDS);
        System.out.printf("Replica B acknowledged %d of %d publications, %d of them after SIGTERM%n",
                acknowledged.size(), attempts, acknowledged.size() - beforeSigterm);

        assertThat(attempts).as("the loop ended because replica B went away").isLessThan(MAX_ATTEMPTS);
        awaitEmptyOutbox(a);
        var inGraph = approachIds(a, prefix);
        assertThat(inGraph).containsAll(acknowledged);
        assertThat(journaled(prefix)).as("one row for every publication that committed, acknowledged or not")
                .containsExactlyInAnyOrderElementsOf(inGraph.stream().map(id -> id + " v1").toList());
    }

    @Test
    @Order(6)
    void theReplicaWithTheEmbeddedDatabasesLeavesNoPostgreSQLRunningAfterSigterm() {
        var postgres = PostmasterPid.of(data.resolve("a").resolve("pg"));
        assertThat(postgres).as("replica A's embedded PostgreSQL runs").isPresent();

        a.terminate();

        assertThat(postgres.get().isAlive()).as("the PostgreSQL process after replica A exited").isFalse();
        assertThat(PostmasterPid.of(data.resolve("a").resolve("pg"))).isEmpty();
    }

    /**
     * Publishes approach after approach until a request cannot reach the replica any more (or a
     * bound is reached); notes every publication answered with data and no error. Returns the
     * number of attempts.
     */
    private static int publishUntilGone(ServiceProcess replica, String prefix, List<String> acknowledged) {
        for (var attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var id = prefix + attempt;
            try {
                var response = replica.graphql(publisherToken, PUBLISH, Map.of("input", approach(id, "Fixture SIGTERM " + attempt)))
                        .extract();
                if (response.statusCode() == 200 && response.jsonPath().get("errors") == null
                        && id.equals(response.jsonPath().getString("data.publishApproach.id"))) {
                    acknowledged.add(id);
                }
            } catch (Exception gone) {
                // REST Assured rethrows the connection failure (refused, reset) undeclared.
                return attempt;
            }
        }
        return MAX_ATTEMPTS;
    }

    private static JsonPath publish(ServiceProcess replica, String id, String title) {
        return replica.graphql(publisherToken, PUBLISH, Map.of("input", approach(id, title)))
                .body("errors", nullValue())
                .body("data.publishApproach.approach.version", equalTo(1))
                .extract().jsonPath();
    }

    private static Map<String, Object> approach(String id, String title) {
        return Map.of("id", id, "municipalityCode", MUNICIPALITY, "title", title, "kind", "OTHER", "status", "PILOT",
                "themeIds", List.of("ondermijning"));
    }

    private static ValidatableResponse readWithToken(ServiceProcess replica, String id, String token) {
        return replica.request().header(CONSISTENCY_HEADER, token)
                .body(Map.of("query", READ, "variables", Map.of("id", id))).post("/graphql").then();
    }

    /** Waits until the outbox has no entry waiting (the journal check of /q/health/well says how many wait). */
    private static void awaitEmptyOutbox(ServiceProcess replica) {
        ServiceProcess.await("the outbox empty", RELAY_WAIT, () -> {
            var journal = replica.request().get("/q/health/well").then().extract().jsonPath();
            return Integer.valueOf(0).equals(journal.get("checks.find { it.name == 'journal' }.data.waiting"))
                    && Integer.valueOf(0).equals(journal.get("checks.find { it.name == 'journal' }.data.setAside"));
        }, replica::logTail);
    }

    /** The journal rows, read with {@code changes} through replica A, of the entities with the prefix: "id vN", one per row. */
    private static List<String> journaled(String prefix) {
        return everyPage(a, ADMIN_TOKEN, "changes", "", "entityId versionAfter").stream()
                .filter(row -> row.get("entityId").toString().startsWith(prefix))
                .map(row -> row.get("entityId") + " v" + row.get("versionAfter"))
                .toList();
    }

    /** The slugs of the municipality's approaches with the prefix, as the API lists them. */
    private static List<String> approachIds(ServiceProcess replica, String prefix) {
        return everyPage(replica, ADMIN_TOKEN, "approaches", "filter: {municipalities: {anyOf: [\"" + MUNICIPALITY + "\"]}},", "slug")
                .stream().map(row -> row.get("slug").toString()).filter(slug -> slug.startsWith(prefix)).toList();
    }

    /** Every node of a root connection, page by page (at most MAX_PAGES pages of 100). */
    private static List<Map<String, Object>> everyPage(ServiceProcess replica, String token, String field, String arguments,
            String selection) {
        var query = "query($after: String) { %s(%s first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { %s } } }"
                .formatted(field, arguments, selection);
        var rows = new ArrayList<Map<String, Object>>();
        var variables = new HashMap<String, Object>();
        for (var page = 0; page < MAX_PAGES; page++) {
            var body = replica.graphql(token, query, variables).body("errors", nullValue()).extract().jsonPath();
            rows.addAll(body.getList("data." + field + ".nodes"));
            if (!body.getBoolean("data." + field + ".pageInfo.hasNextPage")) {
                return rows;
            }
            variables.put("after", body.getString("data." + field + ".pageInfo.endCursor"));
        }
        throw new AssertionError(field + " has more than " + MAX_PAGES + " pages");
    }
}
