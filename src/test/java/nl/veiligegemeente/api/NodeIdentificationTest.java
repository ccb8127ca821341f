package nl.veiligegemeente.api;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static nl.veiligegemeente.support.GraphQLClient.graphqlAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import nl.veiligegemeente.graph.model.NodeId;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;
import nl.veiligegemeente.support.Publishing;

/**
 * Relay's Global Object Identification as a client sees it: every node type's global id reads the
 * node again through {@code node} and {@code nodes}, the same slug of two types gives two ids, and
 * every argument that names a node takes the global id as well as the slug or code.
 */
@GraphQLTest
class NodeIdentificationTest {

    /** The fictitious municipality this test publishes to. */
    static final String OWN = "GM9961";

    /** One seed node of every node type: its type, the root field and argument that look it up, its readable key. */
    private record Seed(String type, String lookup, String argument, String keyField, String key) {

        String globalId() {
            return NodeId.encode(type, key);
        }
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("Approach", "approach", "id", "slug", "aanpak-criminele-families-maastricht"),
            new Seed("Area", "area", "id", "slug", "amsterdam-oud-oost"),
            new Seed("Municipality", "municipality", "code", "code", "GM0935"),
            new Seed("Organisation", "organisation", "id", "slug", "haags-congres-bureau"),
            new Seed("Practice", "practice", "id", "slug", "kennis-en-ervaringen-maastricht"),
            new Seed("Seminar", "seminar", "id", "slug", "seminar-de-veilige-gemeente-2021"),
            new Seed("Session", "session", "id", "slug", "praktijkvoorbeeld-maastricht-criminele-families"),
            new Seed("Source", "source", "id", "slug", "vooruitblik-seminar-de-veilige-gemeente"),
            new Seed("Speaker", "speaker", "id", "slug", "frank-van-summeren"),
            new Seed("TargetGroup", "targetGroup", "id", "slug", "criminele-families"),
            new Seed("Theme", "theme", "id", "slug", "criminele-families"));

    @Inject
    Fixtures fixtures;

    @Test
    void everyNodeTypeReadsAgainThroughNodeAndNodes() {
        var ids = new ArrayList<String>();
        for (var seed : SEEDS) {
            var byKey = graphql("query Lookup($key: ID!) { found: " + seed.lookup() + "(" + seed.argument()
                    + ": $key) { __typename id " + seed.keyField() + " } }", Map.of("key", seed.key()))
                    .body("errors", nullValue())
                    .body("data.found.__typename", equalTo(seed.type()))
                    .body("data.found." + seed.keyField(), equalTo(seed.key()))
                    .extract().jsonPath().getString("data.found.id");
            assertThat(byKey).as(seed.type()).isEqualTo(seed.globalId());
            graphql("query Refetch($id: ID!) { node(id: $id) { __typename id ... on " + seed.type() + " { "
                    + seed.keyField() + " } } }", Map.of("id", byKey))
                    .body("errors", nullValue())
                    .body("data.node.__typename", equalTo(seed.type()))
                    .body("data.node.id", equalTo(byKey))
                    .body("data.node." + seed.keyField(), equalTo(seed.key()));
            ids.add(byKey);
        }
        var asked = new ArrayList<>(ids);
        Collections.reverse(asked);
        asked.add(1, "no-global-id");
        asked.add(NodeId.encode("Approach", "no-such-approach"));
        List<Map<String, Object>> nodes = graphql("query Several($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
                Map.of("ids", asked)).body("errors", nullValue()).extract().jsonPath().getList("data.nodes");
        assertThat(nodes.stream().map(node -> node == null ? null : node.get("id")).toList())
                .as("each id known, in the order asked; null for the others")
                .containsExactlyElementsOf(asked.stream().map(id -> ids.contains(id) ? id : null).toList());
    }

    @Test
    void theRefetchQueryRelayCompilerMakesOfAThemeFragmentRuns() {
        var id = NodeId.encode("Theme", "ondermijning");
        graphql("""
                query ThemeRefetchQuery($id: ID!) { node(id: $id) { __typename ...ThemeCard id } }
                fragment ThemeCard on Theme { id slug name }""", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.node.__typename", equalTo("Theme"))
                .body("data.node.id", equalTo(id))
                .body("data.node.slug", equalTo("ondermijning"))
                .body("data.node.name", equalTo("Ondermijning"));
    }

    @Test
    void theSameSlugOfAThemeAndATargetGroupGivesTwoIds() {
        var ids = graphql("""
                query Twins { theme(id: "criminele-families") { id slug }
                  targetGroup(id: "criminele-families") { id slug } }""")
                .body("errors", nullValue())
                .body("data.theme.slug", equalTo("criminele-families"))
                .body("data.targetGroup.slug", equalTo("criminele-families"))
                .extract().jsonPath();
        assertThat(ids.getString("data.theme.id")).isNotEqualTo(ids.getString("data.targetGroup.id"));
        graphql("query Both($ids: [ID!]!) { nodes(ids: $ids) { __typename } }",
                Map.of("ids", List.of(ids.getString("data.theme.id"), ids.getString("data.targetGroup.id"))))
                .body("data.nodes.__typename", contains("Theme", "TargetGroup"));
    }

    @Test
    void lookupsFiltersAndDiscoveryTakeTheGlobalIdAndTheSlugOrCode() {
        var theme = NodeId.encode("Theme", "ondermijning");
        var approach = NodeId.encode("Approach", "aanpak-criminele-families-maastricht");
        var maastricht = NodeId.encode("Municipality", "GM0935");
        var query = """
                query Either($theme: ID!, $approach: ID!, $municipality: ID!) {
                  theme(id: $theme) { slug }
                  approach(id: $approach) { slug }
                  municipality(code: $municipality) { code }
                  approaches(filter: { themes: { anyOf: [$theme] }, municipalities: { anyOf: [$municipality] } }) {
                    totalCount nodes { slug } }
                  municipalities(filter: { themes: { allOf: [$theme] } }) { totalCount }
                }""";
        var bySlug = graphql(query, Map.of("theme", "ondermijning", "approach", "aanpak-criminele-families-maastricht",
                "municipality", "GM0935")).body("errors", nullValue()).extract().asString();
        var byGlobalId = graphql(query, Map.of("theme", theme, "approach", approach, "municipality", maastricht))
                .body("errors", nullValue())
                .body("data.theme.slug", equalTo("ondermijning"))
                .body("data.approach.slug", equalTo("aanpak-criminele-families-maastricht"))
                .body("data.municipality.code", equalTo("GM0935"))
                .extract().asString();
        assertThat(byGlobalId).isEqualTo(bySlug).contains("aanpak-criminele-families-maastricht");

        var discovery = """
                query Discover($approach: ID!, $municipality: ID!) {
                  similarApproaches(id: $approach, first: 3) { approach { id } }
                  recommendedApproaches(municipality: $municipality, first: 3) { approach { id } }
                }""";
        var discoveredBySlug = graphql(discovery, Map.of("approach", "aanpak-criminele-families-maastricht",
                "municipality", "GM0935")).body("errors", nullValue()).extract().asString();
        assertThat(graphql(discovery, Map.of("approach", approach, "municipality", maastricht))
                .body("errors", nullValue()).extract().asString()).isEqualTo(discoveredBySlug);
    }

    @Test
    void anIdOfAnotherTypeUnknownOrMalformedNamesNothing() {
        graphql("""
                query Nothing($group: ID!, $unknown: ID!, $unknownType: ID!) {
                  wrongType: theme(id: $group) { slug }
                  unknown: node(id: $unknown) { id }
                  slug: node(id: "ondermijning") { id }
                  malformed: node(id: "%%%") { id }
                  unknownType: node(id: $unknownType) { id }
                  empty: nodes(ids: []) { id } }""", Map.of("group", NodeId.encode("TargetGroup", "criminele-families"),
                "unknown", NodeId.encode("Approach", "no-such-approach"), "unknownType", NodeId.encode("Nonsense", "x")))
                .body("errors", nullValue())
                .body("data.wrongType", nullValue())
                .body("data.unknown", nullValue())
                .body("data.slug", nullValue())
                .body("data.malformed", nullValue())
                .body("data.unknownType", nullValue())
                .body("data.empty", equalTo(List.of()));
    }

    @Test
    void nodesReadsAtMostAHundredIds() {
        var ids = new String[101];
        Arrays.fill(ids, NodeId.encode("Theme", "ondermijning"));
        graphql("query TooMany($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", List.of(ids)))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("at most 100"));
    }

    @Test
    void mutationsTakeTheGlobalIdAndARetractedApproachIsNoNode() {
        fixtures.municipality(OWN, "Fixture Knooppunt");
        var publisher = Publishing.account("Gemeente Fixture Knooppunt (test)", "PUBLISHER", OWN);
        var id = graphqlAs(publisher, """
                mutation Publish($input: PublishApproachInput!) { publishApproach(input: $input) { approach { id slug } } }""",
                Map.of("input", Map.of("id", "fixture-knooppunt", "municipalityCode", OWN, "title", "Fixture knooppunt",
                        "kind", "OTHER", "status", "ACTIVE")))
                .body("errors", nullValue())
                .body("data.publishApproach.approach.slug", equalTo("fixture-knooppunt"))
                .extract().jsonPath().getString("data.publishApproach.approach.id");
        assertThat(id).isEqualTo(NodeId.encode("Approach", "fixture-knooppunt"));

        graphqlAs(publisher, """
                mutation Update($id: ID!) { updateApproach(id: $id, expectedVersion: 1, input: { title: "Fixture knooppunt, bijgewerkt" }) {
                  id approach { id title version } } }""", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.updateApproach.id", equalTo("fixture-knooppunt"))
                .body("data.updateApproach.approach.id", equalTo(id))
                .body("data.updateApproach.approach.version", equalTo(2));
        graphql("query Refetch($id: ID!) { node(id: $id) { ... on Approach { title } } }", Map.of("id", id))
                .body("data.node.title", equalTo("Fixture knooppunt, bijgewerkt"));

        graphqlAs(publisher, "mutation Retract($id: ID!) { retractApproach(id: $id) { id } }", Map.of("id", id))
                .body("errors", nullValue());
        graphql("query Gone($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.node", nullValue())
                .body("data.nodes", contains((Object) null));
    }
}
