package nl.veiligegemeente.graph.read;

import static nl.veiligegemeente.network.TestModel.MODEL;
import static nl.veiligegemeente.support.CypherSnapshots.assertMatchesSnapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Statement;

import nl.veiligegemeente.graph.model.NodeId;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.network.ApproachOrder;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.support.SelectedFields;

/**
 * The Cypher the read planner makes of representative selections, filters, orders and cursors,
 * pinned as snapshots under {@code src/test/resources/cypher/read/}: no database, no service.
 * A change to the planner that changes a statement fails here with the differing line.
 */
class ReadPlannerCypherTest {

    @Test
    void oneNodeWithItsProperties() {
        snapshot("approach-properties", one(NetworkModel.APPROACH, """
                { approach(id: "aanpak-criminele-families-maastricht") { id title status startedOn } }"""));
    }

    @Test
    void oneNodeWithToOneAndPagedRelationsAliasesAndCounts() {
        snapshot("approach-relations", one(NetworkModel.APPROACH, """
                { approach(id: "aanpak-criminele-families-maastricht") {
                    title
                    municipality { name province }
                    themes(first: 5) { totalCount nodes { name approaches { totalCount } } }
                    groups: targetGroups { edges { cursor node { name } } pageInfo { hasNextPage endCursor } }
                    sources { nodes { title } }
                } }"""));
    }

    @Test
    void relationsOverSeveralHopsAndVariableLengthAreDistinct() {
        snapshot("municipality-multi-hop", one(NetworkModel.MUNICIPALITY, """
                { municipality(code: "GM0935") {
                    name
                    areas { nodes { name kind } }
                    themes(first: 3) { nodes { name } }
                } }"""));
    }

    @Test
    void aNestedListFiltersOrdersAndPagesLikeARootList() {
        snapshot("municipality-approaches-filtered", one(NetworkModel.MUNICIPALITY, """
                { municipality(code: "GM0935") {
                    approaches(first: 3, filter: {statuses: [ACTIVE], themes: {anyOf: ["ondermijning"]}},
                               orderBy: {field: TITLE, direction: DESC}) { totalCount nodes { title } }
                } }"""));
    }

    @Test
    void aRootListWithTwoLevelsOfNestedLists() {
        snapshot("municipalities-approaches-themes", page(NetworkModel.MUNICIPALITY, """
                { municipalities(first: 20, filter: {provinces: ["Limburg"]}) { nodes {
                    code name province
                    approaches(first: 100) { nodes { id title status themes { nodes { id name } } } }
                } } }"""));
    }

    @Test
    void aRootListInItsDefaultOrder() {
        snapshot("approaches-default", page(NetworkModel.APPROACH, """
                { approaches { totalCount pageInfo { hasNextPage endCursor } nodes { id title } } }"""));
    }

    @Test
    void aRootListWithEveryKindOfFilter() {
        snapshot("approaches-filtered", page(NetworkModel.APPROACH, """
                { approaches(first: 10, filter: {
                    themes: {anyOf: ["ondermijning", "preventie"], allOf: ["ondermijning"], noneOf: ["jeugdoverlast"]}
                    targetGroups: {anyOf: ["kinderen"]}
                    municipalities: {anyOf: ["GM0935"]}
                    provinces: ["Limburg"]
                    kinds: [FAMILY_ORIENTED, PERSON_ORIENTED]
                    statuses: [ACTIVE]
                    evidenceLevels: [NOT_ASSESSED]
                    startedOn: {from: "2020-01-01", to: "2021-12-31"}
                    presentedAt: {anyOf: ["seminar-de-veilige-gemeente-2021"]}
                    presentedBy: {anyOf: ["ront-management-consultants"]}
                  }) { totalCount nodes { title } } }"""));
    }

    @Test
    void aRootListAfterACursorUnderADescendingOrderWithMissingValues() {
        var ordering = NetworkModel.APPROACH.ordering(ApproachOrder.Field.STARTED_ON, true);
        var cursor = new Cursor(ordering.name(), List.of(LocalDate.of(2021, 6, 9), "aanpak-x")).encode();
        snapshot("approaches-after-cursor", page(NetworkModel.APPROACH, """
                { approaches(first: 5, after: "%s", orderBy: {field: STARTED_ON, direction: DESC}) {
                    pageInfo { hasPreviousPage hasNextPage } nodes { title startedOn } } }""".formatted(cursor)));
    }

    @Test
    void aRootListBackwardsBeforeACursor() {
        var cursor = new Cursor(NetworkModel.SPEAKER.defaultOrder().name(), List.of("Frank van Summeren", "frank-van-summeren"))
                .encode();
        snapshot("speakers-before-cursor", page(NetworkModel.SPEAKER, """
                { speakers(last: 2, before: "%s", filter: {organisations: {anyOf: ["ront-management-consultants"]}}) {
                    pageInfo { hasPreviousPage hasNextPage startCursor } nodes { name organisation { name } } } }"""
                .formatted(cursor)));
    }

    @Test
    void aNestedListAfterACursor() {
        var cursor = new Cursor(NetworkModel.SESSION.defaultOrder().name(), List.of("Praktijkvoorbeeld", "sessie-x")).encode();
        snapshot("seminar-sessions-after-cursor", one(NetworkModel.SEMINAR, """
                { seminar(id: "seminar-de-veilige-gemeente-2021") {
                    title
                    sessions(first: 2, after: "%s") { pageInfo { hasNextPage hasPreviousPage } nodes { title speakers { nodes { name } } } }
                } }""".formatted(cursor)));
    }

    @Test
    void oneNodeAndAFilterByGlobalIdsReadTheKeysTheyName() {
        snapshot("approach-by-global-id", one(NetworkModel.APPROACH, """
                { approach(id: "%s") { slug title } }""".formatted(NodeId.encode("Approach", "aanpak-criminele-families-maastricht"))));
        snapshot("approaches-filtered-by-global-id", page(NetworkModel.APPROACH, """
                { approaches(filter: {themes: {anyOf: ["%s", "preventie"]}}) { nodes { id } } }"""
                .formatted(NodeId.encode("Theme", "ondermijning"))));
    }

    @Test
    void nodesOfSeveralTypesWithTheFieldsSelectedForEach() {
        var root = SelectedFields.root("""
                { nodes(ids: ["a", "b"]) { __typename id
                    ... on Approach { title municipality { name } themes(first: 2) { nodes { id name } } }
                    ... on Theme { slug name } } }""");
        var keys = new TreeMap<String, List<String>>(Map.of(
                "Approach", List.of("aanpak-criminele-families-maastricht", "locatiegerichte-aanpak-amsterdam-oost"),
                "Theme", List.of("ondermijning")));
        snapshot("nodes-of-several-types", ReadPlanner.nodes(MODEL, keys,
                type -> Selections.forType(root.selection(), type.label())));
    }

    private static Statement one(NodeType type, String query) {
        var root = SelectedFields.root(query);
        var key = root.arguments().get(root.arguments().containsKey("id") ? "id" : type.key());
        return ReadPlanner.one(MODEL, type, key, root.selection());
    }

    private static Statement page(NodeType type, String query) {
        var root = SelectedFields.root(query);
        var request = PageArgs.of(root.arguments()).resolve(ListArguments.ordering(type, root.arguments()));
        return ReadPlanner.page(MODEL, type, request, ListArguments.filter(type, root.arguments()), root.selection());
    }

    private static void snapshot(String name, Statement statement) {
        assertMatchesSnapshot("read/" + name, statement);
    }
}
