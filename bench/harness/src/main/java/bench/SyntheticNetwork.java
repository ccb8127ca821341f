package bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fictitious network in the service's graph model (graph-seed/README.md, NetworkModel.java),
 * the same for the same scale and seed. Every id starts with {@code bench-}, every municipality
 * code is {@code GM6000} or above (no real CBS code) and every name carries a number, so nothing
 * can be mistaken for a real municipality, person or organisation. The ids of scale 1 exist at
 * scale 10 too, so the query variables in bench/queries work at both.
 */
final class SyntheticNetwork {

    /** The relationships of one type between two labels, as pairs of keys. */
    record Relationships(String type, String fromLabel, String toLabel, List<List<String>> pairs) {
    }

    static final List<String> PROVINCES = List.of("Noordmark", "Zuiderwold", "Oostervenen", "Westerdal",
            "Middelgouw", "Hooglanden", "Lagewaard", "Kustmark", "Veenland", "Heuvelgouw", "Riviermark", "Polderzoom");
    private static final List<String> APPROACH_KINDS = List.of("PERSON_ORIENTED", "FAMILY_ORIENTED",
            "LOCATION_ORIENTED", "THEME_ORIENTED", "OTHER");
    private static final List<String> STATUSES = List.of("PLANNED", "PILOT", "ACTIVE", "ACTIVE", "ENDED");
    private static final List<String> EVIDENCE = List.of("NOT_ASSESSED", "WELL_DESCRIBED", "WELL_FOUNDED",
            "EFFECTIVE_FIRST", "EFFECTIVE_GOOD", "EFFECTIVE_STRONG");
    private static final List<String> ORGANISATION_KINDS = List.of("CONSULTANCY", "EVENT_ORGANISER", "GOVERNMENT",
            "POLICE_AND_JUSTICE", "KNOWLEDGE_INSTITUTE", "CIVIL_SOCIETY", "OTHER");
    private static final List<String> SOURCE_KINDS = List.of("ARTICLE", "REPORT", "WEBSITE", "PRESENTATION", "OTHER");
    private static final List<String> PREFIXES = List.of("Aal", "Brem", "Dor", "Eek", "Gan", "Hol", "Kor", "Lin",
            "Mer", "Nij", "Olm", "Pel", "Ros", "Sten", "Tol", "Ulf", "Var", "Wes", "Zan", "Ber");
    private static final List<String> SUFFIXES = List.of("wold", "veen", "dijk", "horst", "dam", "broek", "hoven",
            "lo", "wijk", "rade", "sloot", "gaard");
    private static final List<String> TOPICS = List.of("ondermijning", "drugscriminaliteit", "jeugdoverlast",
            "woonfraude", "witwassen", "mensenhandel", "ondermijnende bedrijvigheid", "criminele families",
            "kwetsbare buurten", "radicalisering", "hennepteelt", "ronselen van jongeren", "vastgoedfraude",
            "overlast en onveiligheid", "weerbaarheid", "preventie");
    private static final List<String> ADJECTIVES = List.of("Wijkgerichte", "Integrale", "Persoonsgerichte",
            "Gezinsgerichte", "Locatiegerichte", "Preventieve", "Gebiedsgerichte", "Bestuurlijke", "Programmatische");
    private static final List<String> WORDS = List.of("gemeente", "buurt", "wijk", "jongeren", "ouders", "school",
            "politie", "zorg", "bewoners", "ondernemers", "preventie", "ondermijning", "samenwerking", "signalen",
            "toezicht", "handhaving", "hulpverlening", "netwerk", "aanpak", "weerbaarheid", "veiligheid",
            "leefbaarheid", "drugs", "overlast", "informatie", "partners", "casusoverleg", "straatcoaches",
            "wijkagent", "vertrouwen", "resultaten", "evaluatie", "gezinnen", "kinderen", "panden", "vergunningen");
    private static final List<String> ROLES = List.of("adviseur", "onderzoeker", "burgemeester", "wijkagent",
            "programmamanager", "beleidsmedewerker", "officier van justitie", "jongerenwerker");
    private static final List<String> CONTACT_ROLES = List.of("coördinator ondermijning", "beleidsadviseur veiligheid",
            "wijkregisseur", "projectleider", "teamleider openbare orde");

    private final SplittableRandom random;
    private final Map<String, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
    private final Map<String, Relationships> relationships = new LinkedHashMap<>();

    private SyntheticNetwork(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The network at a scale (1 or 10: 350 or 3,500 municipalities, and so on). */
    static SyntheticNetwork generate(int scale, long seed) {
        var network = new SyntheticNetwork(seed);
        network.build(scale);
        return network;
    }

    Map<String, List<Map<String, Object>>> nodes() {
        return nodes;
    }

    Iterable<Relationships> relationships() {
        return relationships.values();
    }

    static String keyOf(String label) {
        return label.equals("Municipality") ? "code" : "id";
    }

    static String municipalityCode(int index) {
        return String.format("GM%04d", 6000 + index);
    }

    private void build(int scale) {
        int municipalities = 350 * scale;
        int themes = 40 * scale;
        int targetGroups = 12 * scale;
        int organisations = 60 * scale;
        int speakers = 500 * scale;
        int seminars = 40 * scale;
        int sessions = 600 * scale;
        int approaches = 3000 * scale;
        int practices = 2000 * scale;
        int sources = 200 * scale;

        for (int i = 0; i < sources; i++) {
            var published = date(2010, 5800);
            node("Source", Map.of("id", id("source", i, 4),
                    "title", "Bronrapport " + pick(TOPICS) + " nr. " + (i + 1),
                    "publishedOn", published,
                    "url", "https://example.org/bench/bron-" + (i + 1),
                    "kind", pick(SOURCE_KINDS)));
        }
        for (int i = 0; i < themes; i++) {
            String id = id("theme", i, 3);
            node("Theme", Map.of("id", id, "name", capitalise(TOPICS.get(i % TOPICS.size())) + " " + (i + 1),
                    "description", sentence(18)));
            relate("DESCRIBED_IN", "Theme", id, "Source", source(sources));
        }
        for (int i = 0; i < targetGroups; i++) {
            node("TargetGroup", Map.of("id", id("target-group", i, 3), "name", "Doelgroep " + (i + 1) + " " + pick(WORDS),
                    "description", sentence(12)));
        }
        var municipalityAreas = new ArrayList<List<String>>();
        for (int m = 0; m < municipalities; m++) {
            String code = municipalityCode(m);
            String name = pick(PREFIXES) + pick(SUFFIXES) + " " + (m + 1);
            node("Municipality", Map.of("code", code, "name", name, "province", PROVINCES.get(m % PROVINCES.size())));
            String district = id("area", m, 5) + "-wijk";
            String north = id("area", m, 5) + "-buurt-noord";
            String south = id("area", m, 5) + "-buurt-zuid";
            String hotspot = id("area", m, 5) + "-hotspot";
            node("Area", Map.of("id", district, "name", "Wijk Centrum " + name, "kind", "DISTRICT"));
            node("Area", Map.of("id", north, "name", "Buurt Noord " + name, "kind", "NEIGHBOURHOOD"));
            node("Area", Map.of("id", south, "name", "Buurt Zuid " + name, "kind", "NEIGHBOURHOOD"));
            node("Area", Map.of("id", hotspot, "name", "Stationsplein " + name, "kind", "HOTSPOT"));
            relate("PART_OF", "Area", district, "Municipality", code);
            relate("PART_OF", "Area", north, "Area", district);
            relate("PART_OF", "Area", south, "Area", district);
            relate("PART_OF", "Area", hotspot, "Area", north);
            municipalityAreas.add(List.of(district, north, south, hotspot));
        }
        for (int i = 0; i < organisations; i++) {
            String id = id("organisation", i, 4);
            node("Organisation", Map.of("id", id, "name", "Organisatie " + pick(PREFIXES) + pick(SUFFIXES) + " " + (i + 1),
                    "kind", pick(ORGANISATION_KINDS)));
        }
        for (int i = 0; i < speakers; i++) {
            String id = id("speaker", i, 5);
            node("Speaker", Map.of("id", id, "name", "Spreker " + (i + 1) + " " + pick(PREFIXES) + "man", "role", pick(ROLES)));
            relate("WORKS_FOR", "Speaker", id, "Organisation", id("organisation", random.nextInt(organisations), 4));
            if (random.nextInt(5) == 0) {
                relate("DESCRIBED_IN", "Speaker", id, "Source", source(sources));
            }
        }
        for (int i = 0; i < seminars; i++) {
            String id = id("seminar", i, 4);
            node("Seminar", Map.of("id", id, "title", "Seminar " + capitalise(pick(TOPICS)) + " " + (i + 1),
                    "date", date(2015, 4000), "description", sentence(25),
                    "url", "https://example.org/bench/seminar-" + (i + 1)));
            relate("ORGANISES", "Organisation", id("organisation", random.nextInt(organisations), 4), "Seminar", id);
            for (String organisation : distinct(random.nextInt(3), organisations, "organisation", 4)) {
                relate("CONTRIBUTES_TO", "Organisation", organisation, "Seminar", id);
            }
            for (String theme : distinct(1 + random.nextInt(3), themes, "theme", 3)) {
                relate("ADDRESSES", "Seminar", id, "Theme", theme);
            }
            relate("DESCRIBED_IN", "Seminar", id, "Source", source(sources));
        }
        var runBy = new int[approaches];
        for (int i = 0; i < approaches; i++) {
            String id = id("approach", i, 6);
            // Skewed: a few municipalities run many approaches (up to about 100 at scale 1), most run a few.
            int municipality = (int) (municipalities * Math.pow(random.nextDouble(), 1.6));
            runBy[i] = municipality;
            var started = date(2012, 5000);
            var created = ZonedDateTime.of(started, LocalTime.of(9, 0), ZoneOffset.UTC).plusDays(random.nextInt(30));
            var properties = new LinkedHashMap<String, Object>();
            properties.put("id", id);
            properties.put("title", pick(ADJECTIVES) + " aanpak van " + pick(TOPICS) + " " + (i + 1));
            properties.put("summary", sentence(30));
            properties.put("results", sentence(15));
            properties.put("kind", pick(APPROACH_KINDS));
            properties.put("status", pick(STATUSES));
            properties.put("startedOn", started);
            properties.put("evidenceLevel", pick(EVIDENCE));
            properties.put("contactRole", pick(CONTACT_ROLES));
            properties.put("version", 1L);
            properties.put("createdAt", created);
            properties.put("updatedAt", created.plusDays(random.nextInt(400)));
            // About one in a hundred is retracted (never with a session, so every query variable stays valid).
            if (i % 5 > 1 && random.nextInt(100) == 0) {
                properties.put("retractedAt", created.plusDays(500));
            }
            node("Approach", properties);
            relate("RUNS", "Municipality", municipalityCode(municipality), "Approach", id);
            for (String theme : distinct(1 + random.nextInt(4), themes, "theme", 3)) {
                relate("ADDRESSES", "Approach", id, "Theme", theme);
            }
            for (String group : distinct(1 + random.nextInt(2), targetGroups, "target-group", 3)) {
                relate("AIMS_AT", "Approach", id, "TargetGroup", group);
            }
            if (random.nextInt(10) < 4) {
                relate("TARGETS_AREA", "Approach", id, "Area", municipalityAreas.get(municipality).get(random.nextInt(4)));
            }
            if (random.nextInt(10) < 3) {
                relate("DESCRIBED_IN", "Approach", id, "Source", source(sources));
            }
        }
        for (int i = 0; i < sessions; i++) {
            String id = id("session", i, 5);
            node("Session", Map.of("id", id, "title", "Sessie " + (i + 1) + ": " + pick(TOPICS) + " in de praktijk",
                    "abstract", sentence(30)));
            relate("PART_OF", "Session", id, "Seminar", id("seminar", i % seminars, 4));
            for (String speaker : distinct(1 + random.nextInt(2), speakers, "speaker", 5)) {
                relate("PRESENTS", "Speaker", speaker, "Session", id);
            }
            for (String theme : distinct(1 + random.nextInt(3), themes, "theme", 3)) {
                relate("COVERS", "Session", id, "Theme", theme);
            }
            // Approaches whose number is 0 or 1 modulo 5 are presented in a session (bench/queries rely on it).
            relate("COVERS", "Session", id, "Approach", id("approach", (i * 5) % approaches, 6));
            relate("COVERS", "Session", id, "Approach", id("approach", (i * 5 + 1) % approaches, 6));
        }
        for (int i = 0; i < practices; i++) {
            String id = id("practice", i, 6);
            int approach = (i * 3 / 2) % approaches;
            var created = ZonedDateTime.of(date(2016, 3500), LocalTime.NOON, ZoneOffset.UTC);
            node("Practice", Map.of("id", id, "title", "Praktijkvoorbeeld " + (i + 1) + " " + pick(TOPICS),
                    "description", sentence(30), "lessons", sentence(20), "version", 1L,
                    "createdAt", created, "updatedAt", created.plusDays(random.nextInt(200))));
            relate("SHARED_BY", "Practice", id, "Municipality", municipalityCode(runBy[approach]));
            relate("DERIVED_FROM", "Practice", id, "Approach", id("approach", approach, 6));
            if (random.nextBoolean()) {
                relate("SHARED_AT", "Practice", id, "Seminar", id("seminar", random.nextInt(seminars), 4));
            }
            if (random.nextInt(10) < 3) {
                relate("DESCRIBED_IN", "Practice", id, "Source", source(sources));
            }
        }
    }

    private void node(String label, Map<String, Object> properties) {
        nodes.computeIfAbsent(label, l -> new ArrayList<>()).add(properties);
    }

    private void relate(String type, String fromLabel, String from, String toLabel, String to) {
        relationships.computeIfAbsent(fromLabel + "-" + type + "->" + toLabel,
                k -> new Relationships(type, fromLabel, toLabel, new ArrayList<>())).pairs().add(List.of(from, to));
    }

    private static String id(String kind, int index, int digits) {
        return "bench-" + kind + "-" + String.format("%0" + digits + "d", index);
    }

    private String source(int sources) {
        return id("source", random.nextInt(sources), 4);
    }

    private List<String> distinct(int count, int of, String kind, int digits) {
        var picked = new LinkedHashSet<String>();
        while (picked.size() < Math.min(count, of)) {
            picked.add(id(kind, random.nextInt(of), digits));
        }
        return List.copyOf(picked);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private LocalDate date(int fromYear, int days) {
        return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt(days));
    }

    private String sentence(int words) {
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? capitalise(pick(WORDS)) : " " + pick(WORDS));
        }
        return text.append('.').toString();
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
