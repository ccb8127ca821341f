package nl.veiligegemeente.network;

import static nl.veiligegemeente.support.FilterFixture.EAST;
import static nl.veiligegemeente.support.FilterFixture.ORGANISATION;
import static nl.veiligegemeente.support.FilterFixture.SEMINAR;
import static nl.veiligegemeente.support.FilterFixture.THEME_A;
import static nl.veiligegemeente.support.FilterFixture.THEME_B;
import static nl.veiligegemeente.support.FilterFixture.THEME_C;
import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veiligegemeente.support.FilterFixture;
import nl.veiligegemeente.support.GraphQLTest;

/** Typed filters select exactly the right rows, and keyset paging stays exact under every order. */
@GraphQLTest
class FilterAndOrderTest {

    private static final String APPROACHES = """
            query($filter: ApproachFilter, $order: ApproachOrder, $first: Int, $after: String, $last: Int, $before: String) {
              approaches(filter: $filter, orderBy: $order, first: $first, after: $after, last: $last, before: $before) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { slug }
            } }""";

    @Inject
    FilterFixture fixture;

    @BeforeEach
    void twelveFictitiousApproaches() {
        fixture.write();
    }

    @Test
    void themesAnyAllAndNone() {
        assertThat(ids(Map.of("themes", Map.of("anyOf", List.of(THEME_B))))).containsExactly(2, 4, 6, 8, 10, 12);
        assertThat(ids(Map.of("themes", Map.of("allOf", List.of(THEME_B, THEME_C))))).containsExactly(4, 8, 12);
        assertThat(ids(Map.of("themes", Map.of("anyOf", List.of(THEME_A), "noneOf", List.of(THEME_B)))))
                .containsExactly(1, 3, 5, 7, 9, 11);
    }

    @Test
    void propertiesAndRelationsCombine() {
        assertThat(ids(Map.of("provinces", List.of(EAST), "kinds", List.of("LOCATION_ORIENTED")))).containsExactly(3, 9);
        assertThat(ids(Map.of("themes", Map.of("anyOf", List.of(THEME_A)), "statuses", List.of("PILOT"),
                "targetGroups", Map.of("anyOf", List.of("fixture-filter-doelgroep-x"))))).containsExactly(1, 2, 3, 4);
        assertThat(ids(Map.of("themes", Map.of("anyOf", List.of(THEME_A)),
                "startedOn", Map.of("from", "2020-01-03", "to", "2020-01-05")))).containsExactly(3, 4, 5);
        assertThat(ids(Map.of("municipalities", Map.of("anyOf", List.of("GM9932")), "kinds", List.of("LOCATION_ORIENTED"))))
                .containsExactly(6, 12);
    }

    @Test
    void relationshipFiltersSomeAndNone() {
        assertThat(ids(Map.of("presentedAt", Map.of("anyOf", List.of(SEMINAR))))).containsExactly(1, 2, 3);
        assertThat(ids(Map.of("presentedBy", Map.of("anyOf", List.of(ORGANISATION))))).containsExactly(1, 2, 3);
        assertThat(ids(Map.of("themes", Map.of("anyOf", List.of(THEME_A)), "presentedAt", Map.of("noneOf", List.of(SEMINAR)))))
                .containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void orderByStartDateDescendingPagesEveryRowOnceBothWays() {
        var filter = Map.<String, Object>of("themes", Map.of("anyOf", List.of(THEME_A)));
        var order = Map.<String, Object>of("field", "STARTED_ON", "direction", "DESC");
        // 11 and 12 have no start date: they come last, and their tie is broken by id.
        var expected = List.of(10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 11, 12);

        var forwards = new ArrayList<Integer>();
        String after = null;
        do {
            var page = page(filter, order, "first", 5, "after", after);
            forwards.addAll(numbers(page.get("nodes")));
            after = (Boolean) ((Map<?, ?>) page.get("pageInfo")).get("hasNextPage")
                    ? (String) ((Map<?, ?>) page.get("pageInfo")).get("endCursor") : null;
        } while (after != null && forwards.size() <= expected.size());
        assertThat(forwards).containsExactlyElementsOf(expected);

        var backwards = new ArrayList<Integer>();
        String before = null;
        do {
            var page = page(filter, order, "last", 5, "before", before);
            backwards.addAll(0, numbers(page.get("nodes")));
            before = (Boolean) ((Map<?, ?>) page.get("pageInfo")).get("hasPreviousPage")
                    ? (String) ((Map<?, ?>) page.get("pageInfo")).get("startCursor") : null;
        } while (before != null && backwards.size() <= expected.size());
        assertThat(backwards).containsExactlyElementsOf(expected);
    }

    @Test
    void aCursorOfAnotherOrderIsRejected() {
        var filter = Map.<String, Object>of("themes", Map.of("anyOf", List.of(THEME_A)));
        var byTitle = page(filter, null, "first", 2, "after", null);
        var cursor = (String) ((Map<?, ?>) byTitle.get("pageInfo")).get("endCursor");
        var variables = new HashMap<String, Object>(Map.of("filter", filter, "after", cursor,
                "order", Map.of("field", "STARTED_ON")));
        graphql(APPROACHES, variables)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("another list or order"));
    }

    @Test
    void municipalitiesSpeakersAndSessionsFilter() {
        graphql("""
                { byProvince: municipalities(filter: {provinces: ["%s"]}) { nodes { code } }
                  byTheme: municipalities(filter: {themes: {anyOf: ["%s"]}}) { nodes { code } }
                  speakers(filter: {organisations: {anyOf: ["%s"]}}) { nodes { slug } }
                  sessions(filter: {seminars: {anyOf: ["%s"]}, date: {from: "2030-01-01"}}) { nodes { slug } }
                  seminars(orderBy: {field: DATE, direction: ASC}, first: 1) { nodes { slug } } }"""
                .formatted(EAST, THEME_C, ORGANISATION, SEMINAR))
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.byProvince.nodes.code", contains("GM9931"))
                .body("data.byTheme.nodes.code", contains("GM9932"))
                .body("data.speakers.nodes.slug", contains("fixture-filter-spreker"))
                .body("data.sessions.nodes.slug", contains("fixture-filter-sessie"))
                .body("data.seminars.nodes.slug", contains("seminar-de-veilige-gemeente-2021"));
    }

    @Test
    void nestedListsFilterOrderAndPageLikeRootLists() {
        var first = graphql("""
                { municipality(code: "GM9932") {
                    approaches(filter: {kinds: [LOCATION_ORIENTED]}, orderBy: {field: STARTED_ON, direction: DESC}) {
                      nodes { slug } }
                  }
                  theme(id: "%s") {
                    approaches(filter: {statuses: [PILOT]}, first: 2) { totalCount pageInfo { endCursor } nodes { slug } } } }"""
                .formatted(THEME_A)).extract().jsonPath();
        assertThat(first.getList("errors")).isNull();
        assertThat(numbers(first.getList("data.municipality.approaches.nodes"))).containsExactly(6, 12);
        assertThat(numbers(first.getList("data.theme.approaches.nodes"))).containsExactly(1, 2);
        assertThat(first.getInt("data.theme.approaches.totalCount")).isEqualTo(4);

        var next = graphql("""
                query($after: String) { theme(id: "%s") {
                  approaches(filter: {statuses: [PILOT]}, first: 2, after: $after) { pageInfo { hasNextPage } nodes { slug } } } }"""
                .formatted(THEME_A), Map.of("after", first.getString("data.theme.approaches.pageInfo.endCursor")))
                .extract().jsonPath();
        assertThat(numbers(next.getList("data.theme.approaches.nodes"))).containsExactly(3, 4);
        assertThat(next.getBoolean("data.theme.approaches.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void anUnknownEnumValueInAFilterIsAValidationError() {
        graphql("{ approaches(filter: {kinds: [FAMILY]}) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("FAMILY"));
    }

    private static List<Integer> ids(Map<String, Object> filter) {
        var page = page(filter, null, "first", 100, "after", null);
        assertThat(page.get("totalCount")).isEqualTo(((List<?>) page.get("nodes")).size());
        return numbers(page.get("nodes"));
    }

    private static Map<?, ?> page(Map<String, Object> filter, Map<String, Object> order, String sizeName, int size,
            String cursorName, String cursor) {
        var variables = new HashMap<String, Object>();
        variables.put("filter", filter);
        variables.put("order", order);
        variables.put(sizeName, size);
        variables.put(cursorName, cursor);
        var response = graphql(APPROACHES, variables).extract().jsonPath();
        assertThat(response.getList("errors")).isNull();
        return response.getMap("data.approaches");
    }

    private static List<Integer> numbers(Object nodes) {
        return ((List<?>) nodes).stream()
                .map(node -> (String) ((Map<?, ?>) node).get("slug"))
                .map(id -> Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)))
                .toList();
    }
}
