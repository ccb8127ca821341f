package nl.veiligegemeente.calendars;

import static io.restassured.RestAssured.given;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;

/** Seminars as iCalendar, checked by parsing the answers with ical4j, as a calendar app would read them. */
@GraphQLTest
class CalendarTest {

    private static final String SEMINAR = "fixture-kalender-seminar";
    private static final String SEED_SEMINAR = "seminar-de-veilige-gemeente-2021";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void aFutureSeminarWithATimedAndAnUntimedSession() {
        removeIt();
        fixtures.write("""
                CREATE (s:Seminar {id: $id, title: 'Fixture kalenderseminar', date: date('2099-06-09'),
                                   description: 'Een fictief seminar.', url: 'https://example.org/fixture',
                                   updatedAt: datetime('2026-11-30T10:00:00Z')})
                CREATE (:Session {id: 'fixture-kalender-ochtend', title: 'Fixture ochtendsessie', abstract: 'Welkom.',
                                  startsAt: localdatetime('2099-06-09T09:30'), endsAt: localdatetime('2099-06-09T10:15'),
                                  room: 'Zaal 1'})-[:PART_OF]->(s)
                CREATE (:Session {id: 'fixture-kalender-zonder-tijd', title: 'Fixture sessie zonder tijd'})-[:PART_OF]->(s)
                """, Map.of("id", SEMINAR));
    }

    @AfterEach
    void removeIt() {
        fixtures.write("MATCH (s:Seminar {id: $id}) OPTIONAL MATCH (session:Session)-[:PART_OF]->(s) DETACH DELETE s, session",
                Map.of("id", SEMINAR));
    }

    @Test
    void aSeminarIsAnAllDayEventAndItsTimedSessionsAreEventsInAmsterdamTime() throws Exception {
        var text = given().get("/seminars/" + SEMINAR + ".ics").then()
                .statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        var calendar = parse(text);
        assertThat(calendar.getProperty("VERSION").orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.getComponent(Component.VTIMEZONE).orElseThrow().getProperty("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> value(event, "SUMMARY"))
                .containsExactly("Fixture kalenderseminar", "Fixture ochtendsessie (Fixture kalenderseminar)");

        var seminar = events.get(0);
        assertThat(value(seminar, "DTSTART")).isEqualTo("20990609");
        assertThat(seminar.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(value(seminar, "DTEND")).isEqualTo("20990610");
        assertThat(value(seminar, "UID")).isEqualTo(SEMINAR + "@veilige-gemeente-network");
        assertThat(value(seminar, "URL")).isEqualTo("https://example.org/fixture");

        var session = events.get(1);
        assertThat(value(session, "DTSTART")).isEqualTo("20990609T093000");
        assertThat(session.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
        assertThat(value(session, "DTEND")).isEqualTo("20990609T101500");
        assertThat(value(session, "LOCATION")).isEqualTo("Zaal 1");
        assertThat(value(session, "DESCRIPTION")).isEqualTo("Welkom.");
    }

    @Test
    void theUpcomingCalendarHoldsFutureSeminarsOnlyAndTheSeedSeminarHasItsOwn() throws Exception {
        var upcoming = parse(given().get("/seminars.ics").then().statusCode(200).extract().asString());
        List<VEvent> events = upcoming.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> value(event, "UID"))
                .contains(SEMINAR + "@veilige-gemeente-network")
                .doesNotContain(SEED_SEMINAR + "@veilige-gemeente-network");

        var seed = parse(given().get("/seminars/" + SEED_SEMINAR + ".ics").then().statusCode(200).extract().asString());
        assertThat(seed.<VEvent>getComponents(Component.VEVENT)).extracting(event -> value(event, "DTSTART"))
                .containsExactly("20210609");
    }

    @Test
    void anUnchangedCalendarIsNotSentAgainAndAnUnknownSeminarIsAProblem() {
        var etag = given().get("/seminars/" + SEMINAR + ".ics").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/seminars/" + SEMINAR + ".ics").then()
                .statusCode(304).body(emptyString());
        fixtures.write("MATCH (s:Session {id: 'fixture-kalender-ochtend'}) SET s.room = 'Zaal 2'");
        var changed = given().header("If-None-Match", etag).get("/seminars/" + SEMINAR + ".ics").then()
                .statusCode(200).extract();
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.asString()).contains("LOCATION:Zaal 2");

        given().get("/seminars/fixture-bestaat-niet.ics").then()
                .statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void theGraphQLSeminarLinksItsCalendar() {
        var url = graphql("{ seminar(id: \"" + SEMINAR + "\") { calendarUrl } }")
                .body("data.seminar.calendarUrl", equalTo("/seminars/" + SEMINAR + ".ics"))
                .extract().jsonPath().getString("data.seminar.calendarUrl");
        given().get(url).then().statusCode(200).contentType(startsWith("text/calendar"));
    }

    private static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }
}
