package nl.veiligegemeente.discovery;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;

/**
 * Similar and recommended approaches equal a straightforward computation of their definition over
 * the whole graph, on a fixture full of ties: 48 approaches in six municipalities (GM9951–GM9956)
 * with only four titles, three themes of one name, two target groups, two seminars of one date and
 * two kinds of area, beside the network of {@link DiscoveryFixtures}. No hotspots: sharing one would
 * make these approaches similar to the anchor of {@link DiscoveryFixtures}, whose list other tests count.
 */
@GraphQLTest
class RankingReferenceTest {

    private static final int APPROACHES = 48;

    @Inject
    Fixtures fixtures;

    @Inject
    Driver driver;

    @BeforeEach
    void aNetworkFullOfTies() {
        DiscoveryFixtures.write(fixtures);
        fixtures.write("""
                UNWIND range(1, 6) AS i
                MERGE (m:Municipality {code: 'GM995' + i}) SET m.name = 'Fixture Gelijkdorp ' + i, m.province = 'Fixture Midden'
                MERGE (x:Area {id: 'fixture-gelijk-gebied-' + i})
                SET x.name = 'Fixture gelijk gebied ' + i, x.kind = ['DISTRICT', 'NEIGHBOURHOOD'][i % 2]
                MERGE (x)-[:PART_OF]->(m)
                WITH count(*) AS areas
                UNWIND ['a', 'b', 'c'] AS name
                MERGE (t:Theme {id: 'fixture-gelijk-thema-' + name}) SET t.name = 'Fixture gelijk thema'
                WITH count(*) AS themes
                UNWIND ['x', 'y'] AS name
                MERGE (g:TargetGroup {id: 'fixture-gelijk-doelgroep-' + name}) SET g.name = 'Fixture gelijk doelgroep ' + name
                WITH count(*) AS groups
                UNWIND [1, 2] AS s
                MERGE (seminar:Seminar {id: 'fixture-gelijk-seminar-' + s})
                SET seminar.title = 'Fixture gelijk seminar ' + s, seminar.date = date('2031-01-01')
                MERGE (session:Session {id: 'fixture-gelijk-sessie-' + s}) SET session.title = 'Fixture gelijk sessie ' + s
                MERGE (session)-[:PART_OF]->(seminar)""");
        fixtures.write("""
                UNWIND range(1, $approaches) AS i
                MATCH (m:Municipality {code: 'GM995' + (1 + i % 6)})
                MERGE (a:Approach {id: 'fixture-gelijk-aanpak-' + right('0' + i, 2)})
                SET a.title = 'Fixture gelijk ' + (i % 4), a.kind = 'OTHER', a.status = 'ACTIVE',
                    a.evidenceLevel = 'NOT_ASSESSED', a.version = 1,
                    a.retractedAt = CASE WHEN i % 11 = 0 THEN datetime('2031-01-01T00:00:00Z') END
                MERGE (m)-[:RUNS]->(a)
                FOREACH (t IN [x IN ['a', 'b', 'c'] WHERE (i + size(x)) % 2 = 0 OR i % 3 = 0 OR x = ['a', 'b', 'c'][i % 3]] |
                    MERGE (theme:Theme {id: 'fixture-gelijk-thema-' + t}) MERGE (a)-[:ADDRESSES]->(theme))
                FOREACH (g IN CASE WHEN i % 4 = 0 THEN [] WHEN i % 4 = 1 THEN ['x'] WHEN i % 4 = 2 THEN ['y'] ELSE ['x', 'y'] END |
                    MERGE (group:TargetGroup {id: 'fixture-gelijk-doelgroep-' + g}) MERGE (a)-[:AIMS_AT]->(group))
                FOREACH (s IN CASE WHEN i % 5 = 0 THEN [1, 2] WHEN i % 5 = 1 THEN [1] ELSE [] END |
                    MERGE (session:Session {id: 'fixture-gelijk-sessie-' + s}) MERGE (session)-[:COVERS]->(a))
                FOREACH (x IN CASE WHEN i % 7 < 3 THEN ['fixture-gelijk-gebied-' + (1 + i % 6), 'fixture-gelijk-gebied-' + (1 + (i + 1) % 6)] ELSE [] END |
                    MERGE (area:Area {id: x}) MERGE (a)-[:TARGETS_AREA]->(area))""",
                Map.of("approaches", APPROACHES));
    }

    @ParameterizedTest
    @ValueSource(strings = { "fixture-gelijk-aanpak-01", "fixture-gelijk-aanpak-06", "fixture-gelijk-aanpak-10",
            "fixture-gelijk-aanpak-15", "fixture-gelijk-aanpak-35", DiscoveryFixtures.ANCHOR })
    void similarApproachesFollowTheirDefinition(String id) {
        var served = graphql("""
                query($id: ID!) { similarApproaches(id: $id, first: 100) {
                  score approach { slug } reasons { themes { slug } targetGroups { slug } seminars { slug } areaKinds }
                } }""", Map.of("id", id))
                .body("errors", nullValue())
                .extract().jsonPath().<Map<String, Object>>getList("data.similarApproaches");

        var graph = Graph.read(driver);
        var given = graph.approaches().get(id);
        var expected = top(graph.approaches().values().stream()
                .filter(candidate -> !candidate.retracted() && !candidate.id().equals(id)
                        && !overlaps(candidate.municipalities(), given.municipalities()))
                .map(candidate -> {
                    var themes = graph.byName(graph.themes(), shared(given.themes(), candidate.themes()));
                    var groups = graph.byName(graph.groups(), shared(given.groups(), candidate.groups()));
                    var seminars = graph.byDate(shared(given.seminars(), candidate.seminars()));
                    var kinds = shared(given.areaKinds(), candidate.areaKinds()).stream().sorted().toList();
                    var score = 3 * themes.size() + 2 * groups.size() + 2 * seminars.size() + kinds.size();
                    return new Ranked(score, candidate, List.of(themes, groups, seminars, kinds));
                }));

        assertThat(lines(served, "themes", "targetGroups", "seminars", "areaKinds")).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "GM9951", "GM9952", "GM9954", "GM9911" })
    void recommendedApproachesFollowTheirDefinition(String code) {
        var served = graphql("""
                query($code: ID!) { recommendedApproaches(municipality: $code, first: 100) {
                  score approach { slug } reasons { themes { slug } newTargetGroups { slug } }
                } }""", Map.of("code", code))
                .body("errors", nullValue())
                .extract().jsonPath().<Map<String, Object>>getList("data.recommendedApproaches");

        var graph = Graph.read(driver);
        var own = graph.approaches().values().stream()
                .filter(approach -> !approach.retracted() && approach.municipalities().contains(code))
                .toList();
        var ownThemes = own.stream().flatMap(approach -> approach.themes().stream()).collect(Collectors.toSet());
        var ownGroups = own.stream().flatMap(approach -> approach.groups().stream()).collect(Collectors.toSet());
        var expected = top(graph.approaches().values().stream()
                .filter(candidate -> !candidate.retracted() && !candidate.municipalities().contains(code))
                .map(candidate -> {
                    var themes = graph.byName(graph.themes(), shared(ownThemes, candidate.themes()));
                    var groups = graph.byName(graph.groups(),
                            candidate.groups().stream().filter(group -> !ownGroups.contains(group)).toList());
                    return new Ranked(themes.isEmpty() ? 0 : 3 * themes.size() + groups.size(), candidate,
                            List.of(themes, groups));
                }));

        assertThat(lines(served, "themes", "newTargetGroups")).containsExactlyElementsOf(expected);
    }

    /** The first 100 candidates that score, in ranking order, as lines; more than ten, so that the comparison means something. */
    private static List<String> top(Stream<Ranked> candidates) {
        var lines = candidates.filter(ranked -> ranked.score() > 0).sorted(Ranked.ORDER).limit(100).map(Ranked::line).toList();
        assertThat(lines).hasSizeGreaterThan(10);
        return lines;
    }

    /** The served rows in the form of {@link Ranked#line()}. */
    @SuppressWarnings("unchecked")
    private static List<String> lines(List<Map<String, Object>> served, String... reasons) {
        return served.stream().map(row -> {
            var values = new ArrayList<List<String>>();
            var given = (Map<String, Object>) row.get("reasons");
            for (var reason : reasons) {
                values.add(((List<Object>) given.get(reason)).stream()
                        .map(value -> value instanceof Map<?, ?> node ? (String) node.get("slug") : (String) value)
                        .toList());
            }
            return row.get("score") + " " + ((Map<String, Object>) row.get("approach")).get("slug") + " " + values;
        }).toList();
    }

    private static List<String> shared(Collection<String> one, Collection<String> other) {
        return one.stream().filter(other::contains).distinct().toList();
    }

    private static boolean overlaps(Set<String> one, Set<String> other) {
        return one.stream().anyMatch(other::contains);
    }

    /** A candidate with its score and its reasons' values (ids, or area kinds), each in the order they are listed. */
    private record Ranked(int score, Approach approach, List<List<String>> reasons) {

        static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::score).reversed()
                .thenComparing(ranked -> ranked.approach().title())
                .thenComparing(ranked -> ranked.approach().id());

        String line() {
            return score + " " + approach.id() + " " + reasons;
        }
    }

    /** What the definitions need of an approach, read with plain Cypher. */
    private record Approach(String id, String title, boolean retracted, Set<String> municipalities, Set<String> themes,
            Set<String> groups, Set<String> seminars, Set<String> areaKinds) {
    }

    /** Every approach in the graph, and the names and dates that order the reasons (by id, per label). */
    private record Graph(Map<String, Approach> approaches, Map<String, String> themes, Map<String, String> groups,
            Map<String, String> dates) {

        static Graph read(Driver driver) {
            var approaches = driver.executableQuery("""
                    MATCH (a:Approach)
                    RETURN a.id AS id, a.title AS title, a.retractedAt IS NOT NULL AS retracted,
                      COLLECT { MATCH (m:Municipality)-[:RUNS]->(a) RETURN m.code } AS municipalities,
                      COLLECT { MATCH (a)-[:ADDRESSES]->(t:Theme) RETURN t.id } AS themes,
                      COLLECT { MATCH (a)-[:AIMS_AT]->(g:TargetGroup) RETURN g.id } AS groups,
                      COLLECT { MATCH (a)<-[:COVERS]-(:Session)-[:PART_OF]->(s:Seminar) RETURN s.id } AS seminars,
                      COLLECT { MATCH (a)-[:TARGETS_AREA]->(x:Area) WHERE x.kind IS NOT NULL RETURN x.kind } AS areaKinds""")
                    .execute().records().stream()
                    .map(row -> new Approach(row.get("id").asString(), row.get("title").asString(),
                            row.get("retracted").asBoolean(), set(row.get("municipalities").asList()),
                            set(row.get("themes").asList()), set(row.get("groups").asList()),
                            set(row.get("seminars").asList()), set(row.get("areaKinds").asList())))
                    .collect(Collectors.toMap(Approach::id, Function.identity()));
            var themes = values(driver, "MATCH (n:Theme) RETURN n.id AS id, n.name AS value");
            var groups = values(driver, "MATCH (n:TargetGroup) RETURN n.id AS id, n.name AS value");
            // Cypher puts a missing date first when sorting newest first, as the largest text does here.
            var dates = values(driver, "MATCH (n:Seminar) RETURN n.id AS id, coalesce(toString(n.date), '~') AS value");
            return new Graph(approaches, themes, groups, dates);
        }

        private static Map<String, String> values(Driver driver, String cypher) {
            return driver.executableQuery(cypher).execute().records().stream()
                    .collect(Collectors.toMap(row -> row.get("id").asString(), row -> row.get("value").asString()));
        }

        /** Themes or target groups as listed: by name, then id. */
        List<String> byName(Map<String, String> names, Collection<String> ids) {
            return ids.stream().sorted(Comparator.comparing((String id) -> names.get(id)).thenComparing(id -> id)).toList();
        }

        /** Seminars as listed: newest first, then by id. */
        List<String> byDate(Collection<String> ids) {
            return ids.stream().sorted(Comparator.comparing((String id) -> dates.get(id)).reversed().thenComparing(id -> id))
                    .toList();
        }

        private static Set<String> set(List<Object> values) {
            return new HashSet<>(values.stream().map(String.class::cast).toList());
        }
    }
}
