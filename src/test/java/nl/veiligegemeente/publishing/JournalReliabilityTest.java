package nl.veiligegemeente.publishing;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import nl.veiligegemeente.publishing.journal.Journal;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;
import nl.veiligegemeente.support.TestDatabases;

/**
 * The journal under the faults that used to break it: PostgreSQL killed in the middle of a stream of
 * writes, an entry PostgreSQL refuses, two relays at once, publishing while PostgreSQL is down (with a
 * token confirmed before, and with one that cannot be checked), and the public feed after a retraction.
 */
@GraphQLTest
class JournalReliabilityTest {

    private static final String PUBLISH = """
            mutation($input: PublishApproachInput!) { publishApproach(input: $input) { id approach { version } } }""";

    private static final String OWN = "GM9963";

    @Inject
    Journal journal;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void aMunicipalityOfItsOwn() {
        fixtures.municipality(OWN, "Fixture Betrouwbaarheid");
    }

    @Inject
    Driver driver;

    @Test
    void everyAcknowledgedWriteHasItsRowAfterPostgresIsKilledMidStream() {
        var writes = 30;
        var killedAfter = 12;
        for (var i = 0; i <= killedAfter; i++) {
            publish("fixture-crash-" + i, "Fixture crash " + i);
        }
        TestDatabases.killPostgres();
        try {
            for (var i = killedAfter + 1; i < writes; i++) {
                publish("fixture-crash-" + i, "Fixture crash " + i);
            }
        } finally {
            TestDatabases.startPostgres();
        }
        journal.relay();

        var rows = journalRows("fixture-crash-");
        assertThat(rows).hasSize(writes).doesNotHaveDuplicates();
        assertThat(outboxEntries("fixture-crash-")).isZero();
        removeApproaches("fixture-crash-");
    }

    @Test
    void anEntryPostgresRefusesIsSetAsideAndTheOthersArrive() {
        outboxEntry("fixture-gif-voor", "Fixture voor het gif", ZonedDateTime.now().minusSeconds(2));
        var poisoned = outboxEntry("fixture-gif", "Fixture gif \u0000 titel", ZonedDateTime.now().minusSeconds(1));
        outboxEntry("fixture-gif-na", "Fixture na het gif", ZonedDateTime.now());
        try {
            journal.relay();

            assertThat(journalRows("fixture-gif-")).containsExactlyInAnyOrder("fixture-gif-voor", "fixture-gif-na");
            assertThat(outboxEntries("fixture-gif-")).isZero();
            graphqlAs(Publishing.ADMIN, "{ journalEntriesSetAside { id entityId mutation reason setAsideAt } }", Map.of())
                    .body("errors", nullValue())
                    .body("data.journalEntriesSetAside.find { it.id == '" + poisoned + "' }.entityId", equalTo("fixture-gif"))
                    .body("data.journalEntriesSetAside.find { it.id == '" + poisoned + "' }.reason",
                            containsString("0x00"));
            graphql("{ journalEntriesSetAside { id } }").body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
            given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'journal' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'journal' }.data.setAside", greaterThanOrEqualTo(1));

            journal.relay();
            assertThat(outboxEntries("fixture-gif")).as("kept, and not tried again on every run").isEqualTo(1);
        } finally {
            driver.executableQuery("MATCH (e:JournalEntry {id: $id}) DELETE e").withParameters(Map.of("id", poisoned)).execute();
        }
    }

    @Test
    void twoRelaysAtOnceCopyEveryEntryOnce() throws Exception {
        for (var i = 0; i < 40; i++) {
            outboxEntry("fixture-tweemaal-" + i, "Fixture tweemaal " + i, ZonedDateTime.now());
        }
        var first = CompletableFuture.runAsync(journal::relay);
        var second = CompletableFuture.runAsync(journal::relay);
        first.get(2, TimeUnit.MINUTES);
        second.get(2, TimeUnit.MINUTES);

        assertThat(journalRows("fixture-tweemaal-")).hasSize(40).doesNotHaveDuplicates();
        assertThat(outboxEntries("fixture-tweemaal-")).isZero();
    }

    @Test
    void aPublisherPublishesWhilePostgresIsDownAndTheRowArrivesLater() {
        var token = Publishing.account("Fixture zonder database", "PUBLISHER", OWN);
        graphqlAs(token, "{ me { role } }", Map.of()).body("data.me.role", equalTo("PUBLISHER"));
        TestDatabases.killPostgres();
        try {
            graphqlAs(token, PUBLISH, Map.of("input", approach("fixture-publisher-zonder-postgres", "Fixture publisher zonder PostgreSQL")))
                    .body("errors", nullValue())
                    .body("data.publishApproach.approach.version", equalTo(1));
            assertThat(outboxEntries("fixture-publisher-zonder-postgres")).isEqualTo(1);
        } finally {
            TestDatabases.startPostgres();
        }
        journal.relay();

        assertThat(journalRows("fixture-publisher-zonder-postgres")).containsExactly("fixture-publisher-zonder-postgres");
        graphqlAs(Publishing.ADMIN, "{ publishers { name lastUsedAt } }", Map.of())
                .body("data.publishers.find { it.name == 'Fixture zonder database' }.lastUsedAt", notNullValue());
        removeApproaches("fixture-publisher-zonder-postgres");
    }

    @Test
    void aTokenNeverConfirmedHereIsAskedToRetryWhilePostgresIsDownAndNothingIsWritten() {
        var token = Publishing.account("Fixture nooit bevestigd", "PUBLISHER", OWN);
        var input = Map.<String, Object>of("input", approach("fixture-onbevestigd-zonder-postgres", "Fixture onbevestigd zonder PostgreSQL"));
        TestDatabases.killPostgres();
        try {
            graphqlAs(token, PUBLISH, input)
                    .header("Retry-After", notNullValue())
                    .body("data.publishApproach", nullValue())
                    .body("errors[0].extensions.code", equalTo("UNAVAILABLE"))
                    .body("errors[0].message", containsString("cannot be checked right now"));
            assertThat(outboxEntries("fixture-onbevestigd-zonder-postgres")).isZero();
        } finally {
            TestDatabases.startPostgres();
        }
        graphql("{ approach(id: \"fixture-onbevestigd-zonder-postgres\") { id } }", Map.of()).body("data.approach", nullValue());
        assertThat(journalRows("fixture-onbevestigd-zonder-postgres")).isEmpty();

        graphqlAs(token, PUBLISH, input).body("errors", nullValue()).body("data.publishApproach.approach.version", equalTo(1));
        removeApproaches("fixture-onbevestigd-zonder-postgres");
    }

    @Test
    void aRetractedApproachLeavesThePublicFeedUntilItIsPublishedAgain() {
        var since = OffsetDateTime.now().minusSeconds(1).toString();
        var input = approach("fixture-teruggetrokken-feed", "Fixture geheime titel");
        var feed = "query($since: DateTime) { approachFeed(since: $since, first: 100) { nodes { approachId title action } } }";
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input)).body("errors", nullValue());
        graphqlAs(Publishing.ADMIN, "mutation { retractApproach(id: \"fixture-teruggetrokken-feed\") { approach { id } } }", Map.of())
                .body("errors", nullValue());

        graphql(feed, Map.of("since", since))
                .body("errors", nullValue())
                .body("data.approachFeed.nodes.findAll { it.approachId == 'fixture-teruggetrokken-feed' }", equalTo(List.of()))
                .body("data.approachFeed.nodes.findAll { it.title == 'Fixture geheime titel' }", equalTo(List.of()));
        assertThat(journalRows("fixture-teruggetrokken-feed")).as("editors and admins still see both").hasSize(2);

        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", input)).body("errors", nullValue());
        graphql(feed, Map.of("since", since))
                .body("data.approachFeed.nodes.findAll { it.approachId == 'fixture-teruggetrokken-feed' }.action",
                        equalTo(List.of("CREATED", "RETRACTED", "CREATED")));
    }

    private static void publish(String id, String title) {
        graphqlAs(Publishing.ADMIN, PUBLISH, Map.of("input", approach(id, title)))
                .body("errors", nullValue())
                .body("data.publishApproach.approach.version", equalTo(1));
    }

    private static Map<String, Object> approach(String id, String title) {
        return Map.of("id", id, "municipalityCode", OWN, "title", title, "kind", "OTHER", "status", "ACTIVE");
    }

    /** Writes an outbox entry as a mutation would, but with whatever title the test wants; returns its id. */
    private String outboxEntry(String entityId, String title, ZonedDateTime at) {
        var id = UUID.randomUUID().toString();
        var properties = new HashMap<String, Object>();
        properties.put("id", id);
        properties.put("at", at);
        properties.put("actorId", "bootstrap-admin");
        properties.put("actorName", "Fixture relay");
        properties.put("actorRole", "ADMIN");
        properties.put("mutation", "publishApproach");
        properties.put("action", "CREATED");
        properties.put("entityType", "Approach");
        properties.put("entityId", entityId);
        properties.put("entityTitle", title);
        properties.put("municipalityCode", OWN);
        properties.put("versionAfter", 1);
        properties.put("changedFields", List.of("title"));
        driver.executableQuery("CREATE (e:JournalEntry) SET e = $properties")
                .withParameters(Map.of("properties", properties)).execute();
        return id;
    }

    /** The entity ids of the journal rows whose entity id starts with the prefix, one per row. */
    private static List<String> journalRows(String prefix) {
        var ids = new ArrayList<String>();
        String after = null;
        for (var page = 0; page < 1000; page++) {
            var variables = new HashMap<String, Object>();
            variables.put("after", after);
            var json = graphqlAs(Publishing.ADMIN, """
                    query($after: String) { changes(first: 100, after: $after) {
                      pageInfo { hasNextPage endCursor } nodes { entityId } } }""", variables)
                    .body("errors", nullValue()).extract().jsonPath();
            json.getList("data.changes.nodes.entityId", String.class).stream()
                    .filter(id -> id.startsWith(prefix)).forEach(ids::add);
            if (!json.getBoolean("data.changes.pageInfo.hasNextPage")) {
                return ids;
            }
            after = json.getString("data.changes.pageInfo.endCursor");
        }
        throw new AssertionError("The journal has more than 100,000 rows");
    }

    /** Removes the test's approaches from the graph (their journal rows stay), so that they fill no other test's first page. */
    private void removeApproaches(String prefix) {
        driver.executableQuery("MATCH (a:Approach) WHERE a.id STARTS WITH $prefix DETACH DELETE a")
                .withParameters(Map.of("prefix", prefix)).execute();
    }

    private long outboxEntries(String prefix) {
        return driver.executableQuery("MATCH (e:JournalEntry) WHERE e.entityId STARTS WITH $prefix RETURN count(e)")
                .withParameters(Map.of("prefix", prefix)).execute().records().get(0).get(0).asLong();
    }
}
