package nl.veiligegemeente.support;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Twelve fictitious approaches in two fictitious municipalities, spread over kinds, statuses,
 * start dates, themes and a seminar, so that every filter, order and facet has something to decide.
 * Approach {@code i} (1..12): runs in GM9931 when odd, GM9932 when even; LOCATION_ORIENTED when
 * divisible by 3, else PERSON_ORIENTED; PILOT up to 4, then ACTIVE; started on 2020-01-{@code i}
 * up to 10, no start date after; addresses theme A always, B when even, C when divisible by 4;
 * aims at group X up to 6; covered at the fixture seminar, by a speaker of the fixture organisation, up to 3.
 */
@ApplicationScoped
public class FilterFixture {

    public static final String THEME_A = "fixture-filter-thema-a";
    public static final String THEME_B = "fixture-filter-thema-b";
    public static final String THEME_C = "fixture-filter-thema-c";
    public static final String SEMINAR = "fixture-filter-seminar";
    public static final String ORGANISATION = "fixture-filter-bureau";
    public static final String EAST = "Fixtureprovincie Oost";
    public static final String WEST = "Fixtureprovincie West";

    private final Fixtures fixtures;

    FilterFixture(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public void write() {
        fixtures.write("""
                MERGE (east:Municipality {code: 'GM9931'}) SET east.name = 'Fixturedorp', east.province = $east
                MERGE (west:Municipality {code: 'GM9932'}) SET west.name = 'Fixturestad', west.province = $west
                MERGE (a:Theme {id: $themeA}) SET a.name = 'Fixture thema A'
                MERGE (b:Theme {id: $themeB}) SET b.name = 'Fixture thema B'
                MERGE (c:Theme {id: $themeC}) SET c.name = 'Fixture thema C'
                MERGE (x:TargetGroup {id: 'fixture-filter-doelgroep-x'}) SET x.name = 'Fixture doelgroep X'
                MERGE (seminar:Seminar {id: $seminar}) SET seminar.title = 'Fixture seminar', seminar.date = date('2030-03-03')
                MERGE (session:Session {id: 'fixture-filter-sessie'}) SET session.title = 'Fixture sessie'
                MERGE (session)-[:PART_OF]->(seminar)
                MERGE (org:Organisation {id: $organisation}) SET org.name = 'Fixture Bureau', org.kind = 'OTHER'
                MERGE (speaker:Speaker {id: 'fixture-filter-spreker'}) SET speaker.name = 'Fixture Spreker'
                MERGE (speaker)-[:WORKS_FOR]->(org)
                MERGE (speaker)-[:PRESENTS]->(session)
                WITH east, west, a, b, c, x, session
                UNWIND range(1, 12) AS i
                MERGE (approach:Approach {id: 'fixture-filter-aanpak-' + right('0' + toString(i), 2)})
                SET approach.title = 'Fixture filteraanpak ' + right('0' + toString(i), 2),
                    approach.kind = CASE WHEN i % 3 = 0 THEN 'LOCATION_ORIENTED' ELSE 'PERSON_ORIENTED' END,
                    approach.status = CASE WHEN i <= 4 THEN 'PILOT' ELSE 'ACTIVE' END,
                    approach.evidenceLevel = 'NOT_ASSESSED', approach.version = 1,
                    approach.startedOn = CASE WHEN i <= 10 THEN date({year: 2020, month: 1, day: i}) END
                MERGE (approach)-[:ADDRESSES]->(a)
                FOREACH (_ IN CASE WHEN i % 2 = 1 THEN [1] ELSE [] END | MERGE (east)-[:RUNS]->(approach))
                FOREACH (_ IN CASE WHEN i % 2 = 0 THEN [1] ELSE [] END | MERGE (west)-[:RUNS]->(approach) MERGE (approach)-[:ADDRESSES]->(b))
                FOREACH (_ IN CASE WHEN i % 4 = 0 THEN [1] ELSE [] END | MERGE (approach)-[:ADDRESSES]->(c))
                FOREACH (_ IN CASE WHEN i <= 6 THEN [1] ELSE [] END | MERGE (approach)-[:AIMS_AT]->(x))
                FOREACH (_ IN CASE WHEN i <= 3 THEN [1] ELSE [] END | MERGE (session)-[:COVERS]->(approach))
                """, java.util.Map.of("east", EAST, "west", WEST, "themeA", THEME_A, "themeB", THEME_B,
                "themeC", THEME_C, "seminar", SEMINAR, "organisation", ORGANISATION));
    }
}
