package nl.veiligegemeente.network;

import static nl.veiligegemeente.support.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        var seen = new ArrayList<String>();
        String after = null;
        var pages = 0;
        while (true) {
            var variables = new HashMap<String, Object>(Map.of("first", 10));
            variables.put("after", after);
            var page = speakers(graphql(PAGE_FORWARD, variables).extract().jsonPath());
            pages++;
            seen.addAll(page.getList("edges.node.name"));
            assertThat(page.getInt("totalCount")).isEqualTo(SPEAKERS);
            assertThat(page.getBoolean("pageInfo.hasPreviousPage")).isEqualTo(after != null);
            if (!page.getBoolean("pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("pageInfo.endCursor");
        }
        assertThat(seen).containsExactlyElementsOf(NAMES);
        assertThat(pages).isEqualTo(6);
    }

    @Test
    void backwardsVisitsEveryRowOnceInOrder() {
        var seen = new ArrayList<String>();
        String before = null;
        while (true) {
            var variables = new HashMap<String, Object>(Map.of("last", 10));
            variables.put("before", before);
            var page = speakers(graphql(PAGE_BACKWARD, variables).extract().jsonPath());
            seen.addAll(0, page.getList("edges.node.name"));
            assertThat(page.getBoolean("pageInfo.hasNextPage")).isEqualTo(before != null);
            if (!page.getBoolean("pageInfo.hasPreviousPage")) {
                break;
            }
            before = page.getString("pageInfo.startCursor");
        }
        assertThat(seen).containsExactlyElementsOf(NAMES);
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
    void rootListsPageTheSameWay() {
        var all = new ArrayList<String>();
        String after = null;
        do {
            var variables = new HashMap<String, Object>(Map.of("first", 7));
            variables.put("after", after);
            var page = graphql("query($first: Int, $after: String) { speakers(first: $first, after: $after) "
                    + "{ totalCount pageInfo { hasNextPage endCursor } nodes { id } } }", variables)
                    .extract().jsonPath();
            all.addAll(page.getList("data.speakers.nodes.id"));
            after = page.getBoolean("data.speakers.pageInfo.hasNextPage") ? page.getString("data.speakers.pageInfo.endCursor") : null;
            assertThat(all.size()).isLessThanOrEqualTo(page.getInt("data.speakers.totalCount"));
        } while (after != null);
        assertThat(all).doesNotHaveDuplicates().contains("frank-van-summeren", "fixture-fixture-spreker-01");
    }

    @Test
    void anEmptyPageHasNoCursors() {
        var page = speakers(graphql(PAGE_FORWARD, Map.of("first", 0)).extract().jsonPath());
        assertThat(page.getList("edges")).isEmpty();
        assertThat(page.getString("pageInfo.startCursor")).isNull();
        assertThat(page.getBoolean("pageInfo.hasNextPage")).isTrue();
        assertThat(page.getInt("totalCount")).isEqualTo(SPEAKERS);
    }

    private static JsonPath speakers(JsonPath response) {
        assertThat(response.getList("errors")).isNull();
        return response.setRootPath("data.organisation.speakers");
    }
}
