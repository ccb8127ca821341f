package nl.veiligegemeente.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.veiligegemeente.support.Fixtures;

/**
 * A fictitious network large enough for ranking and paging to mean something: nine municipalities
 * (GM9911–GM9920), six themes, three target groups, two seminars and 54 approaches, among them:
 *
 * <ul>
 * <li>the anchor {@value #ANCHOR} in Aadorp (themes woonfraude, witwassen, straatintimidatie;
 * target group jongeren; a hotspot; presented at the fixture seminar), whose text says "familie";
 * <li>approaches sharing less and less with it: Beekveld (all of it), Costerhaven (two themes and the
 * group), Delta and Echo (two themes; Echo also aims at verhuurders), two both titled "Gelijk" (one
 * theme), and 40 numbered ones (straatintimidatie, verhuurders or winkeliers, text "wijkveiligheid");
 * <li>approaches that must never be listed: Aadorp's second approach (same municipality), a
 * retracted one in Fluitenberg, an unrelated one (drugslabs only);
 * <li>Geesterkamp and Hoogeloo, linked only by a path of seven relationships, and Ijsselmonde, four
 * relationships from Aadorp through a retracted approach and five through a practice it shared.
 * </ul>
 */
final class DiscoveryFixtures {

    static final String ANCHOR = "fixture-aanpak-aadorp-anker";
    static final int NUMBERED = 40;

    private DiscoveryFixtures() {
    }

    static void write(Fixtures fixtures) {
        fixtures.write("""
                UNWIND $municipalities AS m
                MERGE (x:Municipality {code: m.code}) SET x.name = m.name, x.province = 'Fixture Noord'""",
                Map.of("municipalities", List.of(
                        municipality("GM9911", "Fixture Aadorp"), municipality("GM9912", "Fixture Beekveld"),
                        municipality("GM9913", "Fixture Costerhaven"), municipality("GM9914", "Fixture Duinwijk"),
                        municipality("GM9915", "Fixture Eemstede"), municipality("GM9916", "Fixture Fluitenberg"),
                        municipality("GM9917", "Fixture Geesterkamp"), municipality("GM9918", "Fixture Hoogeloo"),
                        municipality("GM9920", "Fixture Ijsselmonde"))));
        fixtures.write("""
                UNWIND ['woonfraude', 'witwassen', 'straatintimidatie', 'drugslabs', 'mensenhandel', 'keten'] AS name
                MERGE (t:Theme {id: 'fixture-thema-' + name}) SET t.name = 'Fixture ' + name
                WITH count(*) AS themes
                UNWIND ['jongeren', 'verhuurders', 'winkeliers'] AS name
                MERGE (g:TargetGroup {id: 'fixture-doelgroep-' + name}) SET g.name = 'Fixture ' + name""");
        fixtures.write("""
                MERGE (s:Seminar {id: 'fixture-seminar-veilig-verder'})
                SET s.title = 'Fixture seminar Veilig Verder', s.date = date('2030-03-01')
                MERGE (x:Session {id: 'fixture-sessie-woonfraude'}) SET x.title = 'Fixture sessie woonfraude'
                MERGE (x)-[:PART_OF]->(s)
                WITH s
                UNWIND [['fixture-hotspot-aadorp', 'GM9911', 'HOTSPOT'], ['fixture-hotspot-beekveld', 'GM9912', 'HOTSPOT'],
                        ['fixture-wijk-costerhaven', 'GM9913', 'NEIGHBOURHOOD']] AS area
                MATCH (m:Municipality {code: area[1]})
                MERGE (a:Area {id: area[0]}) SET a.name = 'Fixture ' + area[0], a.kind = area[2]
                MERGE (a)-[:PART_OF]->(m)""");
        fixtures.write("""
                UNWIND $approaches AS spec
                MATCH (m:Municipality {code: spec.municipality})
                MERGE (a:Approach {id: spec.id})
                SET a.title = spec.title, a.summary = spec.summary, a.kind = 'OTHER', a.status = 'ACTIVE',
                    a.evidenceLevel = 'NOT_ASSESSED', a.version = 1,
                    a.retractedAt = CASE WHEN spec.retracted THEN datetime('2031-01-01T00:00:00Z') END
                MERGE (m)-[:RUNS]->(a)
                FOREACH (theme IN spec.themes | MERGE (t:Theme {id: 'fixture-thema-' + theme}) MERGE (a)-[:ADDRESSES]->(t))
                FOREACH (group IN spec.groups | MERGE (g:TargetGroup {id: 'fixture-doelgroep-' + group}) MERGE (a)-[:AIMS_AT]->(g))
                FOREACH (area IN spec.areas | MERGE (x:Area {id: area}) MERGE (a)-[:TARGETS_AREA]->(x))
                FOREACH (session IN spec.sessions | MERGE (x:Session {id: session}) MERGE (x)-[:COVERS]->(a))""",
                Map.of("approaches", approaches()));
        // Geesterkamp → approach → theme ← unowned approach ← practice → seminar ← practice → Hoogeloo: 7 relationships.
        fixtures.write("""
                MATCH (g:Municipality {code: 'GM9917'}), (h:Municipality {code: 'GM9918'}),
                      (t:Theme {id: 'fixture-thema-keten'})
                MERGE (own:Approach {id: 'fixture-aanpak-geesterkamp'})
                SET own.title = 'Fixture aanpak Geesterkamp', own.kind = 'OTHER', own.status = 'ACTIVE',
                    own.evidenceLevel = 'NOT_ASSESSED', own.version = 1
                MERGE (g)-[:RUNS]->(own) MERGE (own)-[:ADDRESSES]->(t)
                MERGE (loose:Approach {id: 'fixture-aanpak-zonder-gemeente'})
                SET loose.title = 'Fixture aanpak zonder gemeente', loose.kind = 'OTHER', loose.status = 'ENDED',
                    loose.evidenceLevel = 'NOT_ASSESSED', loose.version = 1
                MERGE (loose)-[:ADDRESSES]->(t)
                MERGE (s:Seminar {id: 'fixture-seminar-keten'}) SET s.title = 'Fixture seminar keten', s.date = date('2030-06-01')
                MERGE (p1:Practice {id: 'fixture-praktijk-keten-1'}) SET p1.title = 'Fixture praktijk keten 1', p1.version = 1
                MERGE (p2:Practice {id: 'fixture-praktijk-keten-2'}) SET p2.title = 'Fixture praktijk keten 2', p2.version = 1
                MERGE (p1)-[:DERIVED_FROM]->(loose) MERGE (p1)-[:SHARED_AT]->(s)
                MERGE (p2)-[:SHARED_AT]->(s) MERGE (p2)-[:SHARED_BY]->(h)""");
        // Ijsselmonde shared a practice at the fixture seminar: five relationships from Aadorp, while
        // the four through its retracted approach do not count.
        fixtures.write("""
                MATCH (m:Municipality {code: 'GM9920'}), (s:Seminar {id: 'fixture-seminar-veilig-verder'})
                MERGE (p:Practice {id: 'fixture-praktijk-ijsselmonde'}) SET p.title = 'Fixture praktijk Ijsselmonde', p.version = 1
                MERGE (p)-[:SHARED_BY]->(m) MERGE (p)-[:SHARED_AT]->(s)""");
    }

    private static Map<String, Object> municipality(String code, String name) {
        return Map.of("code", code, "name", name);
    }

    private static List<Map<String, Object>> approaches() {
        var all = new ArrayList<Map<String, Object>>(List.of(
                approach(ANCHOR, "GM9911", "Fixture aanpak Aadorp woonfraude",
                        "Fixture: Aadorp pakt woonfraude aan met huisbezoeken, waarbij elke familie in de straat wordt betrokken.",
                        List.of("woonfraude", "witwassen", "straatintimidatie"), List.of("jongeren"),
                        List.of("fixture-hotspot-aadorp"), List.of("fixture-sessie-woonfraude")),
                approach("fixture-aanpak-aadorp-tweede", "GM9911", "Fixture aanpak Aadorp tweede", "Fixture: tweede aanpak.",
                        List.of("woonfraude", "witwassen", "straatintimidatie"), List.of(), List.of(), List.of()),
                approach("fixture-aanpak-beekveld", "GM9912", "Fixture aanpak Beekveld", "Fixture: woonfraude in Beekveld.",
                        List.of("woonfraude", "witwassen", "straatintimidatie"), List.of("jongeren"),
                        List.of("fixture-hotspot-beekveld"), List.of("fixture-sessie-woonfraude")),
                approach("fixture-aanpak-costerhaven", "GM9913", "Fixture aanpak Costerhaven", "Fixture: Costerhaven.",
                        List.of("woonfraude", "witwassen"), List.of("jongeren"), List.of("fixture-wijk-costerhaven"), List.of()),
                approach("fixture-aanpak-duinwijk", "GM9914", "Fixture aanpak Delta", "Fixture: Duinwijk.",
                        List.of("woonfraude", "witwassen"), List.of(), List.of(), List.of()),
                approach("fixture-aanpak-eemstede", "GM9915", "Fixture aanpak Echo", "Fixture: Eemstede.",
                        List.of("woonfraude", "witwassen"), List.of("verhuurders"), List.of(), List.of()),
                approach("fixture-aanpak-gelijk-a", "GM9915", "Fixture aanpak Gelijk", "Fixture: gelijk.",
                        List.of("witwassen"), List.of(), List.of(), List.of()),
                approach("fixture-aanpak-gelijk-b", "GM9916", "Fixture aanpak Gelijk", "Fixture: gelijk.",
                        List.of("witwassen"), List.of(), List.of(), List.of()),
                approach("fixture-aanpak-fluitenberg-los", "GM9916", "Fixture aanpak Fluitenberg drugslabs",
                        "Fixture: drugslabs.", List.of("drugslabs"), List.of(), List.of(), List.of()),
                approach("fixture-aanpak-aadorp-ingetrokken", "GM9911", "Fixture aanpak Aadorp ingetrokken",
                        "Fixture: ingetrokken drugslabs.", List.of("drugslabs"), List.of(), List.of(), List.of()),
                approach("fixture-aanpak-ijsselmonde-ingetrokken", "GM9920", "Fixture aanpak Ijsselmonde ingetrokken",
                        "Fixture: ingetrokken.", List.of("woonfraude"), List.of(), List.of(), List.of()),
                approach("fixture-aanpak-fluitenberg-ingetrokken", "GM9916", "Fixture aanpak Fluitenberg ingetrokken",
                        "Fixture: ingetrokken woonfraude bij een familie, met wijkveiligheid.",
                        List.of("woonfraude", "witwassen", "straatintimidatie"), List.of("jongeren"), List.of(), List.of())));
        for (var i = 1; i <= NUMBERED; i++) {
            var municipality = "GM991" + (2 + i % 5);
            var summary = "Fixture: aanpak" + " voor wijkveiligheid".repeat(1 + i % 3) + " met buurtbewoners".repeat(i % 4) + ".";
            all.add(approach(numbered(i), municipality, String.format("Fixture vulaanpak %02d", i), summary,
                    List.of("straatintimidatie"), List.of(i % 2 == 0 ? "verhuurders" : "winkeliers"), List.of(), List.of()));
        }
        all.get(9).put("retracted", true);
        all.get(10).put("retracted", true);
        all.get(11).put("retracted", true);
        return all;
    }

    static String numbered(int i) {
        return String.format("fixture-vulaanpak-%02d", i);
    }

    private static Map<String, Object> approach(String id, String municipality, String title, String summary,
            List<String> themes, List<String> groups, List<String> areas, List<String> sessions) {
        return new java.util.HashMap<>(Map.of("id", id, "municipality", municipality, "title", title, "summary", summary,
                "themes", themes, "groups", groups, "areas", areas, "sessions", sessions, "retracted", false));
    }
}
