package nl.veiligegemeente.programme;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * The editors' import of a seminar programme over HTTP, from the fictitious Sessionize and pretalx
 * exports in {@code src/test/resources/programme/}: what the import writes is read back through
 * GraphQL, a second import changes nothing, a dry run writes nothing, and a bad file writes nothing.
 */
@GraphQLTest
class ProgrammeImportTest {

    private static final String SPRING = "fixture-programma-voorjaar";
    private static final String AUTUMN = "fixture-programma-najaar";
    private static final List<String> SPEAKER_NAMES = List.of("Fixture José van den Berg", "Fixture Anna de Wit",
            "Fixture Pieter Bakker", "Fixture Karim el Amrani");
    private static final String PROGRAMME = """
            query($id: ID!) { seminar(id: $id) { sessions(first: 100) { nodes {
              title abstract startsAt endsAt room
              speakers { nodes { name role organisation { name } } } } } } }""";
    private static final String CHANGES = """
            query($since: DateTime) { changes(since: $since, first: 100) { nodes {
              mutation action entityType entityTitle changedFields } } }""";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void twoSeminarsASpeakerAndAnOrganisation() {
        removeThem();
        fixtures.write("""
                CREATE (:Seminar {id: $spring, title: 'Fixture voorjaarsseminar', date: date('2099-06-09'), version: 1})
                CREATE (:Seminar {id: $autumn, title: 'Fixture najaarsseminar', date: date('2099-09-15'), version: 1})
                CREATE (:Speaker {id: 'fixture-programma-jose', name: 'Fixture José van den Berg', role: 'Adviseur', version: 1})
                CREATE (:Organisation {id: 'fixture-programma-stichting', name: 'Fixture Stichting Veilig Buitengebied',
                                       kind: 'CIVIL_SOCIETY', version: 1})
                """, Map.of("spring", SPRING, "autumn", AUTUMN));
    }

    @AfterEach
    void removeThem() {
        fixtures.write("""
                MATCH (s:Seminar) WHERE s.id IN $seminars
                OPTIONAL MATCH (session:Session)-[:PART_OF]->(s)
                DETACH DELETE s, session""", Map.of("seminars", List.of(SPRING, AUTUMN)));
        fixtures.write("MATCH (s:Speaker) WHERE s.name IN $names DETACH DELETE s", Map.of("names", SPEAKER_NAMES));
        fixtures.write("MATCH (o:Organisation {id: 'fixture-programma-stichting'}) DETACH DELETE o");
    }

    @Test
    void aSessionizeExportBecomesTheSeminarsSessionsAndTheSameFileAgainChangesNothing() {
        var since = OffsetDateTime.now().toString();
        upload(Publishing.ADMIN, SPRING, fixture("sessionize-all-data-FIXTURE.json"), "?format=sessionize")
                .statusCode(200)
                .body("dryRun", equalTo(false))
                .body("format", equalTo("sessionize"))
                .body("sessions.created.size()", equalTo(3))
                .body("sessions.unchanged", empty())
                .body("speakers.created.size()", equalTo(2))
                .body("speakers.updated", equalTo(List.of("fixture-programma-jose")))
                .body("speakers.matched", equalTo(List.of("fixture-programma-jose")))
                .body("skipped", equalTo(List.of("session 990003 'Koffiepauze'")))
                .body("unmatchedOrganisations", equalTo(List.of("Fixture Onbekend Samenwerkingsverband")))
                .body("consistencyToken", not(emptyOrNullString()));

        var sessions = sessions(SPRING);
        assertThat(sessions.getList("title")).containsExactlyInAnyOrder("Fixture programma: opening",
                "Fixture programma: ondermijning in het buitengebied", "Fixture programma: nog in te roosteren workshop");
        var outskirts = "find { it.title == 'Fixture programma: ondermijning in het buitengebied' }";
        assertThat(sessions.getString(outskirts + ".room")).isEqualTo("Fixture Zaal Waal");
        assertThat(OffsetDateTime.parse(sessions.getString(outskirts + ".startsAt")))
                .isEqualTo(OffsetDateTime.parse("2099-06-09T09:45:00+02:00"));
        assertThat(OffsetDateTime.parse(sessions.getString(outskirts + ".endsAt")))
                .isEqualTo(OffsetDateTime.parse("2099-06-09T10:30:00+02:00"));
        assertThat(sessions.getList(outskirts + ".speakers.nodes.name"))
                .containsExactlyInAnyOrder("Fixture José van den Berg", "Fixture Anna de Wit");
        var jose = outskirts + ".speakers.nodes.find { it.name == 'Fixture José van den Berg' }";
        assertThat(sessions.getString(jose + ".role")).isEqualTo("Coördinator ondermijning");
        assertThat(sessions.getString(jose + ".organisation.name")).isEqualTo("Fixture Stichting Veilig Buitengebied");
        var anna = outskirts + ".speakers.nodes.find { it.name == 'Fixture Anna de Wit' }";
        assertThat(sessions.getString(anna + ".role")).isEqualTo("Wijkagent");
        assertThat(sessions.getString(anna + ".organisation")).isNull();
        var workshop = "find { it.title == 'Fixture programma: nog in te roosteren workshop' }";
        assertThat(sessions.getString(workshop + ".startsAt")).isNull();
        assertThat(sessions.getList(workshop + ".speakers.nodes.name")).containsExactly("Fixture Pieter Bakker");

        var journaled = journal(since);
        assertThat(journaled).hasSize(6).allSatisfy(row -> assertThat(row.get("mutation")).isEqualTo("importProgramme"));
        assertThat(journaled).filteredOn(row -> "Speaker".equals(row.get("entityType")))
                .extracting(row -> row.get("entityTitle") + " " + row.get("action"))
                .containsExactlyInAnyOrder("Fixture José van den Berg UPDATED", "Fixture Anna de Wit CREATED",
                        "Fixture Pieter Bakker CREATED");

        var again = OffsetDateTime.now().toString();
        upload(Publishing.ADMIN, SPRING, fixture("sessionize-all-data-FIXTURE.json"), "")
                .statusCode(200)
                .body("sessions.created", empty())
                .body("sessions.updated", empty())
                .body("sessions.unchanged.size()", equalTo(3))
                .body("speakers.created", empty())
                .body("speakers.updated", empty())
                .body("speakers.unchanged.size()", equalTo(3));
        assertThat(journal(again)).isEmpty();
        assertThat(sessions(SPRING).getList("title")).hasSize(3);
    }

    @Test
    void aPretalxScheduleIsRecognisedAndItsDurationsGiveTheEnds() {
        upload(Publishing.ADMIN, AUTUMN, fixture("pretalx-schedule-FIXTURE.json"), "")
                .statusCode(200)
                .body("format", equalTo("pretalx"))
                .body("sessions.created.size()", equalTo(2))
                .body("speakers.created.size()", equalTo(2))
                .body("speakers.matched", empty());

        var sessions = sessions(AUTUMN);
        var riec = "find { it.title == 'Fixture programma: samenwerken met het RIEC' }";
        assertThat(OffsetDateTime.parse(sessions.getString(riec + ".startsAt")))
                .isEqualTo(OffsetDateTime.parse("2099-09-15T14:00:00+02:00"));
        assertThat(OffsetDateTime.parse(sessions.getString(riec + ".endsAt")))
                .isEqualTo(OffsetDateTime.parse("2099-09-15T15:15:00+02:00"));
        assertThat(sessions.getString(riec + ".room")).isEqualTo("Fixture Raadzaal");
        assertThat(sessions.getString(riec + ".abstract")).isEqualTo("Een fictieve workshop over informatie delen.");
        assertThat(sessions.getList(riec + ".speakers.nodes.name"))
                .containsExactlyInAnyOrder("Fixture Karim el Amrani", "Fixture Anna de Wit");
        assertThat(sessions.getList("find { it.title == 'Fixture programma: de bestuurlijke aanpak' }.speakers.nodes.name"))
                .containsExactly("Fixture Karim el Amrani");

        upload(Publishing.ADMIN, AUTUMN, fixture("pretalx-schedule-FIXTURE.json"), "?format=pretalx")
                .statusCode(200)
                .body("sessions.unchanged.size()", equalTo(2))
                .body("speakers.matched.size()", equalTo(2))
                .body("speakers.unchanged.size()", equalTo(2));
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() {
        var since = OffsetDateTime.now().toString();
        upload(Publishing.ADMIN, SPRING, fixture("sessionize-all-data-FIXTURE.json"), "?dryRun=true")
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("sessions.created.size()", equalTo(3))
                .body("speakers.created.size()", equalTo(2))
                .body("speakers.updated", equalTo(List.of("fixture-programma-jose")))
                .body("consistencyToken", nullValue());
        assertThat(sessions(SPRING).getList("title")).isEmpty();
        graphql("{ speaker(id: \"fixture-programma-jose\") { role organisation { name } } }")
                .body("data.speaker.role", equalTo("Adviseur"))
                .body("data.speaker.organisation", nullValue());
        assertThat(journal(since)).isEmpty();
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryBadItemNamed() {
        var since = OffsetDateTime.now().toString();
        upload(Publishing.ADMIN, SPRING, bytes("{\n  \"sessions\": [\n    {\"id\": \"1\",,}\n  ]\n}"), "")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION"))
                .body("errors[0].line", equalTo(3))
                .body("errors[0].message", containsString("is not JSON"));
        upload(Publishing.ADMIN, SPRING, bytes("""
                {"sessions": [
                  {"id": "1", "title": "Fixture programma: goed", "startsAt": "2099-06-09T09:00:00", "speakers": ["s1"]},
                  {"id": "2", "title": "   ", "speakers": []},
                  {"id": "3", "title": "Fixture programma: onbekende spreker", "speakers": ["s9"]},
                  {"id": "4", "title": "Fixture programma: rare tijd", "startsAt": "morgen om negen", "speakers": []},
                  {"id": "5", "title": "Fixture programma: goed", "speakers": []},
                  {"id": "6", "title": "Fixture programma: eind voor begin", "startsAt": "2099-06-09T10:00:00",
                   "endsAt": "2099-06-09T09:00:00", "speakers": []}
                ],
                 "speakers": [{"id": "s1", "fullName": "Fixture Pieter Bakker"}], "rooms": []}"""), "?format=sessionize")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION"))
                .body("detail", containsString("nothing was imported"))
                .body("errors.item", equalTo(List.of("session 3 'Fixture programma: onbekende spreker'",
                        "session 4 'Fixture programma: rare tijd'", "session 2 '   '",
                        "session 5 'Fixture programma: goed'", "session 6 'Fixture programma: eind voor begin'")))
                .body("errors[0].message", containsString("s9"))
                .body("errors[1].message", containsString("'startsAt'"))
                .body("errors[2].message", containsString("'title'"))
                .body("errors[3].message", containsString("session 1 'Fixture programma: goed'"))
                .body("errors[4].message", containsString("before it starts"));
        upload(Publishing.ADMIN, SPRING, bytes("{\"sessions\": {\"id\": 1}}"), "")
                .statusCode(422)
                .body("errors[0].item", equalTo("sessions"));
        upload(Publishing.ADMIN, SPRING, bytes("{\"talks\": []}"), "")
                .statusCode(422)
                .body("detail", containsString("neither a Sessionize export"));
        upload(Publishing.ADMIN, SPRING, fixture("sessionize-all-data-FIXTURE.json"), "?format=pretalx")
                .statusCode(422)
                .body("detail", containsString("has no 'schedule'"));
        assertThat(sessions(SPRING).getList("title")).isEmpty();
        graphql("{ speaker(id: \"fixture-pieter-bakker\") { name } }").body("data.speaker", nullValue());
        assertThat(journal(since)).isEmpty();
    }

    @Test
    void onlyEditorsAndAdminsImportAndEveryRefusalIsAProblemWithTheGraphQLCode() {
        var publisher = Publishing.account("Fixture programma uitgever", "PUBLISHER", "GM0935");
        var editor = Publishing.account("Fixture programma redacteur", "EDITOR", null);
        var file = fixture("pretalx-schedule-FIXTURE.json");
        upload(null, AUTUMN, file, "")
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        upload(publisher, AUTUMN, file, "")
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        upload(editor, "fixture-programma-bestaat-niet", file, "")
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        upload(editor, AUTUMN, file, "?format=excel")
                .statusCode(422).body("code", equalTo("VALIDATION"));
        given().header("Authorization", "Bearer " + editor).contentType("text/csv").body(file)
                .post("/admin/seminars/" + AUTUMN + "/programme").then()
                .statusCode(415).contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
        upload(editor, AUTUMN, new byte[2 * 1024 * 1024 + 1], "")
                .statusCode(413).contentType("application/problem+json").body("code", equalTo("LIMIT_EXCEEDED"));
        assertThat(sessions(AUTUMN).getList("title")).isEmpty();

        upload(editor, AUTUMN, file, "").statusCode(200).body("sessions.created.size()", equalTo(2));
    }

    private static ValidatableResponse upload(String token, String seminar, byte[] file, String query) {
        var request = given().contentType("application/json").body(file);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/admin/seminars/" + seminar + "/programme" + query).then();
    }

    /** The seminar's sessions as GraphQL answers them, as a JSON path rooted at the list of sessions. */
    private static JsonPath sessions(String seminar) {
        return graphql(PROGRAMME, Map.of("id", seminar)).body("errors", nullValue()).extract().jsonPath()
                .setRootPath("data.seminar.sessions.nodes");
    }

    private static List<Map<String, Object>> journal(String since) {
        List<Map<String, Object>> rows = graphqlAs(Publishing.ADMIN, CHANGES, Map.of("since", since))
                .body("errors", nullValue())
                .extract().jsonPath().getList("data.changes.nodes");
        return rows.stream().filter(row -> String.valueOf(row.get("entityTitle")).startsWith("Fixture")).toList();
    }

    private static byte[] fixture(String name) {
        try (var in = ProgrammeImportTest.class.getResourceAsStream("/programme/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
