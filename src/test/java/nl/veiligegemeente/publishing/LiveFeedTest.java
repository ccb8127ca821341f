package nl.veiligegemeente.publishing;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.GraphQLWebSocket;
import nl.veiligegemeente.support.Publishing;

/**
 * The live feed: GraphQL subscriptions over WebSocket (graphql-transport-ws) that stream the
 * journal as it grows, resume from a cursor without gaps or repeats, keep the full journal for
 * editors and admins, and leave retracted approaches out for everyone else.
 */
@GraphQLTest
class LiveFeedTest {

    /** The fictitious municipality this test publishes to. */
    static final String OWN = "GM9971";

    /** vgn.live.max-backlog of the test profile. */
    static final int MAX_BACKLOG = 20;

    static final String FEED = """
            subscription($after: String) { approachFeed(after: $after) { cursor node { approachId action version } } }""";
    static final String CHANGES = """
            subscription($after: String) { changes(after: $after) { cursor node { entityId action actorName } } }""";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void aMunicipalityOfItsOwn() {
        fixtures.municipality(OWN, "Fixture Live");
    }

    @Test
    void aPublishedApproachReachesTheSubscriberWithACursorTheQueryAccepts() {
        var start = endOfFeed();
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of())) {
            socket.subscribe("1", FEED, after(start));
            publish("fixture-live-eerste");

            var entry = socket.nextPayload();
            assertThat(entry).doesNotContainKey("errors");
            assertThat(node(entry)).containsEntry("approachId", "fixture-live-eerste").containsEntry("action", "CREATED");
            var cursor = cursor(entry);
            graphql("query($after: String) { approachFeed(after: $after) { totalCount edges { cursor } } }",
                    after(start))
                    .body("errors", nullValue())
                    .body("data.approachFeed.edges[0].cursor", org.hamcrest.Matchers.equalTo(cursor));
        }
    }

    @Test
    void aClientThatReconnectsWithItsLastCursorGetsExactlyWhatItMissed() {
        var start = endOfFeed();
        String last;
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of())) {
            socket.subscribe("feed", FEED, after(start));
            publish("fixture-live-voor");
            var entry = socket.nextPayload();
            assertThat(node(entry)).containsEntry("approachId", "fixture-live-voor");
            last = cursor(entry);
        }
        publish("fixture-live-gemist");
        graphqlAs(Publishing.ADMIN, """
                mutation { updateApproach(id: "fixture-live-gemist", expectedVersion: 1, input: {status: ACTIVE}) { id } }""",
                Map.of()).body("errors", nullValue());

        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of())) {
            socket.subscribe("feed", FEED, after(last));
            assertThat(node(socket.nextPayload())).containsEntry("approachId", "fixture-live-gemist")
                    .containsEntry("action", "CREATED").containsEntry("version", 1);
            assertThat(node(socket.nextPayload())).containsEntry("approachId", "fixture-live-gemist")
                    .containsEntry("action", "UPDATED").containsEntry("version", 2);
            publish("fixture-live-na");
            assertThat(node(socket.nextPayload())).containsEntry("approachId", "fixture-live-na");
        }
    }

    @Test
    void aRetractedApproachIsLeftOutForAnonymousSubscribersAndShownToEditors() {
        var editor = Publishing.account("Fixture live redacteur", "EDITOR", null);
        var start = endOfFeed();
        var changesStart = endOfChanges();
        publish("fixture-live-ingetrokken");
        graphqlAs(Publishing.ADMIN, "mutation { retractApproach(id: \"fixture-live-ingetrokken\") { id } }", Map.of())
                .body("errors", nullValue());
        publish("fixture-live-zichtbaar");

        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of())) {
            socket.subscribe("feed", FEED, after(start));
            assertThat(node(socket.nextPayload())).containsEntry("approachId", "fixture-live-zichtbaar");
        }
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of("Authorization", "Bearer " + editor))) {
            socket.subscribe("all", CHANGES, after(changesStart));
            assertThat(List.of(node(socket.nextPayload()), node(socket.nextPayload()), node(socket.nextPayload())))
                    .extracting(node -> node.get("entityId") + " " + node.get("action"))
                    .containsExactly("fixture-live-ingetrokken CREATED", "fixture-live-ingetrokken RETRACTED",
                            "fixture-live-zichtbaar CREATED");
        }
    }

    @Test
    void changesNeedAnEditorOrAdminToken() {
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of())) {
            socket.subscribe("anonymous", CHANGES, Map.of());
            assertThat(errorCode(socket.nextErrors())).isEqualTo("UNAUTHENTICATED");
        }
        var publisher = Publishing.account("Fixture live uitgever", "PUBLISHER", OWN);
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of("Authorization", "Bearer " + publisher))) {
            socket.subscribe("publisher", CHANGES, Map.of());
            assertThat(errorCode(socket.nextErrors())).isEqualTo("FORBIDDEN");
        }
        var start = endOfChanges();
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of("Authorization", "Bearer " + Publishing.ADMIN), Map.of())) {
            socket.subscribe("admin", CHANGES, after(start));
            publish("fixture-live-beheer");
            assertThat(node(socket.nextPayload())).containsEntry("entityId", "fixture-live-beheer")
                    .containsEntry("actorName", "Bootstrap admin (configuration)");
        }
    }

    @Test
    void aCursorThatIsNotOneOfOursIsAValidationError() {
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of())) {
            socket.subscribe("bad", FEED, Map.of("after", "bm90LWEtY3Vyc29y"));
            assertThat(errorCode(socket.nextErrors())).isEqualTo("VALIDATION");
        }
    }

    @Test
    void aSubscriberTooFarBehindIsToldSoAndCatchesUpThroughTheQuery() {
        var start = endOfFeed();
        for (var i = 0; i <= MAX_BACKLOG; i++) {
            publish("fixture-live-achterstand-" + i);
        }
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of())) {
            socket.subscribe("behind", FEED, after(start));
            var errors = socket.nextErrors();
            assertThat(errorCode(errors)).isEqualTo("LIMIT_EXCEEDED");
            assertThat((String) errors.get(0).get("message")).contains("endCursor");
            assertThat(socket.next()).containsEntry("type", "complete").containsEntry("id", "behind");
        }
        var caughtUp = graphql("query($after: String) { approachFeed(first: 100, after: $after) { pageInfo { endCursor } } }",
                after(start)).body("errors", nullValue()).extract().jsonPath().getString("data.approachFeed.pageInfo.endCursor");
        try (var socket = GraphQLWebSocket.connect(endpoint, Map.of())) {
            socket.subscribe("caught-up", FEED, after(caughtUp));
            publish("fixture-live-bijgewerkt");
            assertThat(node(socket.nextPayload())).containsEntry("approachId", "fixture-live-bijgewerkt");
        }
    }

    /** The endCursor of the approachFeed query's last page: where a new subscriber starts to see only new entries. */
    private static String endOfFeed() {
        return endOf("approachFeed", null);
    }

    /** The same for the changes query. */
    private static String endOfChanges() {
        return endOf("changes", Publishing.ADMIN);
    }

    private static String endOf(String feed, String token) {
        var query = "query($after: String) { %s(first: 100, after: $after) { pageInfo { hasNextPage endCursor } } }".formatted(feed);
        String after = null;
        for (var page = 0; page < 10_000; page++) {
            var info = (token == null ? graphql(query, after(after)) : graphqlAs(token, query, after(after)))
                    .body("errors", nullValue()).extract().jsonPath();
            var endCursor = info.getString("data." + feed + ".pageInfo.endCursor");
            after = endCursor == null ? after : endCursor;
            if (!info.getBoolean("data." + feed + ".pageInfo.hasNextPage")) {
                return after;
            }
        }
        throw new AssertionError("The " + feed + " list has more than a million entries");
    }

    private static void publish(String id) {
        graphqlAs(Publishing.ADMIN, """
                mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id } }""",
                Map.of("input", Map.of("id", id, "municipalityCode", OWN, "title", "Fixture " + id, "kind", "OTHER",
                        "status", "PILOT", "themeIds", List.of("preventie"))))
                .body("errors", nullValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> edge(Map<String, Object> payload) {
        assertThat(payload).doesNotContainKey("errors");
        var data = (Map<String, Object>) payload.get("data");
        return (Map<String, Object>) data.values().iterator().next();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> payload) {
        return (Map<String, Object>) edge(payload).get("node");
    }

    private static String cursor(Map<String, Object> payload) {
        return (String) edge(payload).get("cursor");
    }

    @SuppressWarnings("unchecked")
    private static String errorCode(List<Map<String, Object>> errors) {
        return (String) ((Map<String, Object>) errors.get(0).get("extensions")).get("code");
    }

    /** The variables of a subscription from a cursor (null: from the beginning). */
    private static Map<String, Object> after(String cursor) {
        var variables = new HashMap<String, Object>();
        variables.put("after", cursor);
        return variables;
    }
}
