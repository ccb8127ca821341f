package nl.veiligegemeente.network;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import nl.veiligegemeente.support.Fixtures;
import nl.veiligegemeente.support.GraphQLTest;

/** Keyset paging forwards and backwards returns every row exactly once, in order. */
@GraphQLTest
class PagingTest {

    private static final int SPEAKERS = 57;
    /** More pages than any list of these tests needs: a walk that takes more never ends. */
    private static final int MAX_PAGES = 50;
    private static final List<String> NAMES = IntStream.rangeClosed(1, SPEAKERS)
            .mapToObj(i -> String.format("Fixture Spreker %02d", i))
            .toList();

    private static final String PAGE_FORWARD = """
            query($first: Int, $after: String) { organisation(id: "fixture-paging-bureau") {
              speakers(first: $first, after: $after) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } }
            } } }""";
    private static final String PAGE_BACKWARD = """
            query($last: Int, $before: String) { organisation(id: "fixture-paging-bureau") {
              speakers(last: $last, before: $before) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name } }
            } } }""";

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void fiftySevenSpeakersOfOneFictitiousOrganisation() {
        fixtures.write("""
                MERGE (o:Organisation {id: 'fixture-paging-bureau'}) SET o.name = 'Fixture Pagineerbureau', o.kind = 'OTHER'
                WITH o UNWIND $names AS name
                MERGE (s:Speaker {id: 'fixture-' + toLower(replace(name, ' ', '-'))}) SET s.name = name
                MERGE (s)-[:WORKS_FOR]->(o)""", Map.of("names", NAMES));
    }

    @Test
    void forwardsVisitsEveryRowOnceInOrder() {
        var pages = new ArrayList<JsonPath>();
        var seen = walk(false, cursor -> {
            var variables = new HashMap<String, Object>(Map.of("first", 10));
            variables.put("after", cursor);
            var page = speakers(graphql(PAGE_FORWARD, variables).extract().jsonPath());
            pages.add(page);
            return page;
        }, "edges.node.name");
        assertThat(seen).containsExactlyElementsOf(NAMES);
        assertThat(pages).hasSize(6).allSatisfy(page -> assertThat(page.getInt("totalCount")).isEqualTo(SPEAKERS));
        assertThat(pages).extracting(page -> page.getBoolean("pageInfo.hasPreviousPage"))
                .containsExactly(false, true, true, true, true, true);
    }

    @Test
    void backwardsVisitsEveryRowOnceInOrder() {
        var pages = new ArrayList<JsonPath>();
        var seen = walk(true, cursor -> {
            var variables = new HashMap<String, Object>(Map.of("last", 10));
            variables.put("before", cursor);
            var page = speakers(graphql(PAGE_BACKWARD, variables).extract().jsonPath());
            pages.add(page);
            return page;
        }, "edges.node.name");
        assertThat(seen).containsExactlyElementsOf(NAMES);
        assertThat(pages).extracting(page -> page.getBoolean("pageInfo.hasNextPage"))
                .containsExactly(false, true, true, true, true, true);
    }

    @Test
    void rootListsPageTheSameWay() {
        Map<String, Object> filter = Map.of("organisations", Map.of("anyOf", List.of("fixture-paging-bureau")));
        var forwards = walk(false, cursor -> rootPage("first", 7, "after", cursor, filter), "nodes.slug");
        var backwards = walk(true, cursor -> rootPage("last", 7, "before", cursor, filter), "nodes.slug");
        var ids = NAMES.stream().map(name -> "fixture-" + name.toLowerCase().replace(' ', '-')).toList();
        assertThat(forwards).containsExactlyElementsOf(ids);
        assertThat(backwards).containsExactlyElementsOf(ids);
    }

    @Test
    void anUnfilteredRootListWalksToTheSameRowsBothWays() {
        var forwards = walk(false, cursor -> rootPage("first", 25, "after", cursor, null), "nodes.slug");
        var backwards = walk(true, cursor -> rootPage("last", 25, "before", cursor, null), "nodes.slug");
        var total = rootPage("first", 0, "after", null, null).getInt("totalCount");
        assertThat(forwards).hasSize(total).doesNotHaveDuplicates()
                .contains("frank-van-summeren", "fixture-fixture-spreker-01", "fixture-fixture-spreker-57");
        assertThat(backwards).containsExactlyElementsOf(forwards);
    }

    @Test
    void anEdgeCursorContinuesRightAfterItsRow() {
        var first = speakers(graphql(PAGE_FORWARD, Map.of("first", 5)).extract().jsonPath());
        var thirdCursor = first.getString("edges[2].cursor");
        var next = speakers(graphql(PAGE_FORWARD, Map.of("first", 2, "after", thirdCursor)).extract().jsonPath());
        assertThat(next.getList("edges.node.name", String.class)).containsExactly(NAMES.get(3), NAMES.get(4));
        var back = speakers(graphql(PAGE_BACKWARD, Map.of("last", 2, "before", thirdCursor)).extract().jsonPath());
        assertThat(back.getList("edges.node.name", String.class)).containsExactly(NAMES.get(0), NAMES.get(1));
    }

    @Test
    void anEmptyPageHasNoCursors() {
        var page = speakers(graphql(PAGE_FORWARD, Map.of("first", 0)).extract().jsonPath());
        assertThat(page.getList("edges")).isEmpty();
        assertThat(page.getString("pageInfo.startCursor")).isNull();
        assertThat(page.getBoolean("pageInfo.hasNextPage")).isTrue();
        assertThat(page.getInt("totalCount")).isEqualTo(SPEAKERS);
    }

    /**
     * Every row of a list, in list order, read page by page from its start (or, backwards, from its
     * end) until the page info says there is no more; fails when that takes more than {@link #MAX_PAGES}.
     */
    private static List<String> walk(boolean backward, Function<String, JsonPath> pageAfter, String values) {
        var seen = new ArrayList<String>();
        String cursor = null;
        for (var pages = 1; pages <= MAX_PAGES; pages++) {
            var page = pageAfter.apply(cursor);
            List<String> rows = page.getList(values, String.class);
            seen.addAll(backward ? 0 : seen.size(), rows);
            if (!page.getBoolean(backward ? "pageInfo.hasPreviousPage" : "pageInfo.hasNextPage")) {
                return seen;
            }
            cursor = page.getString(backward ? "pageInfo.startCursor" : "pageInfo.endCursor");
        }
        throw new AssertionError("The list did not end within " + MAX_PAGES + " pages");
    }

    private static JsonPath rootPage(String sizeArgument, int size, String cursorArgument, String cursor,
            Map<String, Object> filter) {
        var variables = new HashMap<String, Object>();
        variables.put(sizeArgument, size);
        variables.put(cursorArgument, cursor);
        variables.put("filter", filter);
        var response = graphql("""
                query($first: Int, $after: String, $last: Int, $before: String, $filter: SpeakerFilter) {
                  speakers(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
                    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { slug }
                } }""", variables).extract().jsonPath();
        assertThat(response.getList("errors")).isNull();
        return response.setRootPath("data.speakers");
    }

    private static JsonPath speakers(JsonPath response) {
        assertThat(response.getList("errors")).isNull();
        return response.setRootPath("data.organisation.speakers");
    }
}
