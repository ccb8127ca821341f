package nl.veiligegemeente.publishing;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.restassured.path.json.JsonPath;
import nl.veiligegemeente.publishing.journal.Journal;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;
import nl.veiligegemeente.support.TestDatabases;

/**
 * The audit journal: one row per committed change, with who and what; none for a change that did
 * not commit (refused, or aborted by Neo4j); and a change committed while PostgreSQL was
 * unreachable gets its row, once, when it is back.
 */
@GraphQLTest
class JournalTest {

    static final String PUBLISH = """
            mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id approach { version } } }""";
    static final String CHANGES = """
            query($since: DateTime) { changes(since: $since, first: 100) { nodes {
              id actorName actorRole mutation action entityType entityId entityTitle municipalityCode
              versionBefore versionAfter changedFields } } }""";

    /** The fictitious municipality this test publishes to. */
    static final String OWN = "GM9954";

    @Inject
    Journal journal;

    @Inject
    Fixtures fixtures;

    @Inject
    Driver driver;

    @BeforeEach
    void aMunicipalityOfItsOwn() {
        fixtures.municipality(OWN, "Fixture Journaaldorp");
    }

    @Test
    void everyCommittedChangeHasOneRowWithWhoWhatAndVersions() {
        var since = OffsetDateTime.now().minusSeconds(1).toString();
        var token = Publishing.account("Fixture journaal Journaaldorp", "PUBLISHER", OWN);
        var input = Map.<String, Object>of("id", "fixture-journaal", "municipalityCode", OWN,
                "title", "Fixture journaal", "kind", "OTHER", "status", "PILOT", "themeIds", List.of("preventie"));
        graphqlAs(token, PUBLISH, Map.of("input", input)).body("errors", nullValue());
        graphqlAs(token, PUBLISH, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.publishApproach.approach.version", equalTo(1));
        graphqlAs(token, """
                mutation { updateApproach(id: "fixture-journaal", expectedVersion: 1, input: {status: ACTIVE}) { id } }""",
                Map.of()).body("errors", nullValue());

        var rows = rowsFor("fixture-journaal", since);
        assertThat(rows.getList("mutation")).containsExactly("publishApproach", "updateApproach");
        assertThat(rows.getList("action")).containsExactly("CREATED", "UPDATED");
        assertThat(rows.getList("actorName")).containsOnly("Fixture journaal Journaaldorp");
        assertThat(rows.getList("actorRole")).containsOnly("PUBLISHER");
        assertThat(rows.getList("municipalityCode")).containsOnly(OWN);
        assertThat(rows.getList("versionBefore")).containsExactly(null, 1);
        assertThat(rows.getList("versionAfter")).containsExactly(1, 2);
        assertThat(rows.getList("changedFields", List.class).get(0))
                .contains("title", "kind", "status", "themes", "municipality");
        assertThat(rows.getList("changedFields", List.class).get(1)).containsExactly("status");
    }

    @Test
    void aChangeThatDoesNotCommitHasNoRow() {
        var since = OffsetDateTime.now().minusSeconds(1).toString();
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", Map.of("id", "fixture-niet-gecommit",
                "municipalityCode", OWN, "title", "Fixture niet gecommit", "kind", "OTHER", "status", "ACTIVE",
                "themeIds", List.of("preventie", "bestaat-niet"))))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("There is no theme 'bestaat-niet'. Link only to themes that exist; nothing is created for you."));
        graphqlAs(Publishing.ADMIN, """
                mutation { updateApproach(id: "aanpak-criminele-families-maastricht", expectedVersion: 99,
                                          input: {status: ENDED}) { id } }""", Map.of())
                .body("errors[0].extensions.code", equalTo("VERSION_CONFLICT"));

        assertThat(rowsFor("fixture-niet-gecommit", since).getList("id")).isEmpty();
        assertThat(rowsFor("aanpak-criminele-families-maastricht", since).getList("id")).isEmpty();
        assertThat(outboxEntriesFor("fixture-niet-gecommit")).isZero();
        graphql("{ approach(id: \"fixture-niet-gecommit\") { id } }").body("data.approach", nullValue());
    }

    @Test
    void aWriteThatNeo4jAbortsHasNoRowAndChangesNothing() throws Exception {
        var since = OffsetDateTime.now().minusSeconds(1).toString();
        var id = "kennis-en-ervaringen-maastricht";
        var version = graphql("{ practice(id: \"" + id + "\") { version } }").extract().jsonPath().getInt("data.practice.version");
        JsonPath answer;
        // The test holds the practice's write lock; the mutation waits for it, and Neo4j terminates its transaction.
        try (var session = driver.session(); var held = session.beginTransaction()) {
            held.run("MATCH (p:Practice {id: $id}) SET p.heldByTest = true", Map.of("id", id)).consume();
            var mutation = CompletableFuture.supplyAsync(() -> graphqlAs(Publishing.ADMIN, """
                    mutation($id: ID!, $version: Int!) {
                      updatePractice(id: $id, expectedVersion: $version, input: {lessons: "Nooit vastgelegd"}) { id }
                    }""", Map.of("id", id, "version", version)).extract().jsonPath());
            driver.executableQuery("TERMINATE TRANSACTION $tx").withParameters(Map.of("tx", blockedTransaction())).execute();
            answer = mutation.get(2, TimeUnit.MINUTES);
            held.rollback();
        }
        assertThat(answer.getString("errors[0].extensions.code")).isEqualTo("INTERNAL");
        assertThat(answer.getString("errors[0].message")).contains("reference");
        graphql("{ practice(id: \"" + id + "\") { version lessons } }")
                .body("data.practice.version", equalTo(version))
                .body("data.practice.lessons", org.hamcrest.Matchers.not(equalTo("Nooit vastgelegd")));
        assertThat(rowsFor(id, since).getList("id")).isEmpty();
        assertThat(outboxEntriesFor(id)).isZero();
    }

    /** The id of the transaction that waits for a lock: the mutation's, once it got that far. */
    private String blockedTransaction() throws InterruptedException {
        for (var attempt = 0; attempt < 600; attempt++) {
            var blocked = driver.executableQuery(
                    "SHOW TRANSACTIONS YIELD transactionId, status WHERE status STARTS WITH 'Blocked' RETURN transactionId")
                    .execute().records();
            if (!blocked.isEmpty()) {
                return blocked.get(0).get(0).asString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The mutation never waited for the lock the test holds");
    }

    @Test
    void aChangeCommittedWhilePostgresIsDownIsJournaledOnceWhenItIsBack() {
        var since = OffsetDateTime.now().minusSeconds(1).toString();
        TestDatabases.stopPostgres();
        try {
            // The bootstrap admin's token needs no database: the write reaches Neo4j and commits.
            graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", Map.of("id", "fixture-zonder-postgres",
                    "municipalityCode", OWN, "title", "Fixture zonder PostgreSQL", "kind", "OTHER",
                    "status", "ACTIVE")))
                    .body("errors", nullValue())
                    .body("data.publishApproach.approach.version", equalTo(1));
            assertThat(outboxEntriesFor("fixture-zonder-postgres")).as("the entry waits in the outbox").isEqualTo(1);
        } finally {
            TestDatabases.startPostgres();
        }
        journal.relay();
        journal.relay();

        var rows = rowsFor("fixture-zonder-postgres", since);
        assertThat(rows.getList("mutation")).containsExactly("publishApproach");
        assertThat(rows.getList("actorRole")).containsExactly("ADMIN");
        assertThat(outboxEntriesFor("fixture-zonder-postgres")).isZero();
    }

    @Test
    void theJournalIsForEditorsAndAdmins() {
        var publisher = Publishing.account("Fixture journaal lezer", "PUBLISHER", OWN);
        var editor = Publishing.account("Fixture journaal redacteur", "EDITOR", null);
        graphql(CHANGES, Map.of()).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        graphqlAs(publisher, CHANGES, Map.of()).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        graphqlAs(editor, CHANGES, Map.of()).body("errors", nullValue());
    }

    @Test
    void theJournalPagesByCursor() {
        Publishing.account("Fixture paginering een", "EDITOR", null);
        Publishing.account("Fixture paginering twee", "EDITOR", null);
        var first = graphqlAs(Publishing.ADMIN, "{ changes(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }",
                Map.of()).body("errors", nullValue()).extract().jsonPath();
        Publishing.account("Fixture paginering", "EDITOR", null);
        var next = graphqlAs(Publishing.ADMIN, "query($after: String) { changes(first: 1, after: $after) { pageInfo { hasPreviousPage } nodes { id } } }",
                Map.of("after", first.getString("data.changes.pageInfo.endCursor")))
                .body("errors", nullValue()).extract().jsonPath();
        assertThat(first.getBoolean("data.changes.pageInfo.hasNextPage")).isTrue();
        assertThat(next.getBoolean("data.changes.pageInfo.hasPreviousPage")).isTrue();
        assertThat(next.getString("data.changes.nodes[0].id")).isNotEqualTo(first.getString("data.changes.nodes[0].id"));
    }

    @Test
    void thePublicFeedShowsPublishedAndChangedApproaches() {
        var since = OffsetDateTime.now().minusSeconds(1).toString();
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", Map.of("id", "fixture-feed", "municipalityCode", OWN,
                "title", "Fixture feed", "kind", "OTHER", "status", "ACTIVE"))).body("errors", nullValue());
        graphqlAs(Publishing.ADMIN, "mutation { updateApproach(id: \"fixture-feed\", expectedVersion: 1, input: {status: ENDED}) { id } }",
                Map.of()).body("errors", nullValue());

        graphql("query($since: DateTime) { approachFeed(since: $since) { nodes { approachId title action version municipalityCode } } }",
                Map.of("since", since))
                .body("errors", nullValue())
                .body("data.approachFeed.nodes.findAll { it.approachId == 'fixture-feed' }.action",
                        equalTo(List.of("CREATED", "UPDATED")))
                .body("data.approachFeed.nodes.findAll { it.approachId == 'fixture-feed' }.version", equalTo(List.of(1, 2)));
    }

    private static JsonPath rowsFor(String entityId, String since) {
        var all = graphqlAs(Publishing.ADMIN, CHANGES, Map.of("since", since))
                .body("errors", nullValue()).extract().jsonPath();
        return new JsonPath(all.prettify()).setRootPath("data.changes.nodes.findAll { it.entityId == '" + entityId + "' }");
    }

    private long outboxEntriesFor(String entityId) {
        return driver.executableQuery("MATCH (j:JournalEntry {entityId: $id}) RETURN count(j)")
                .withParameters(Map.of("id", entityId)).execute().records().get(0).get(0).asLong();
    }
}
