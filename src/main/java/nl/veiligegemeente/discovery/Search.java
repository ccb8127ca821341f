package nl.veiligegemeente.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Nullable;
import nl.veiligegemeente.api.Connection;
import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.model.Ordering;
import nl.veiligegemeente.graph.model.SortKey;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.PageRequest;
import nl.veiligegemeente.graph.read.Pages;
import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.graph.read.Row;
import nl.veiligegemeente.graph.read.Selections;

/**
 * Full-text search over the network, on the Dutch full-text index of {@code graph-seed/V0005}:
 * one statement finds the hits, pages them and reads the fields the request selected of each.
 *
 * <p>Hits are ordered by relevance, then by type and key, so the order is total and the keyset
 * cursor (score, type, key) exact. Scores depend on the whole index: a page read after the text of
 * the network changed may shift by the rows whose score changed, as with any ranked search.
 */
@GraphQLApi
public class Search {

    static final String INDEX = "discovery_text";

    private static final Ordering RELEVANCE = new Ordering("SearchHit.relevance",
            List.of(SortKey.descending("score"), SortKey.ascending("type"), SortKey.ascending("key")));

    private static final SymbolicName NODE = Cypher.name("node");
    private static final SymbolicName SCORE = Cypher.name("score");
    private static final SymbolicName TYPE = Cypher.name("type");
    private static final SymbolicName KEY = Cypher.name("key");
    private static final SymbolicName HITS = Cypher.name("hits");
    private static final String TEXTS = "texts";
    private static final String ITEM = "item";

    private final GraphReads reads;

    Search(GraphReads reads) {
        this.reads = reads;
    }

    @Query
    @NonNull
    @Description("Full-text search, in Dutch, over the titles, names, summaries, results, descriptions, lessons and"
            + " abstracts of the network: most relevant first. Words are stemmed (\"kind\" finds \"kinderen\") and"
            + " words of five letters or more also match one letter off (\"families\" finds \"familie\"); Lucene"
            + " syntax is searched for as text. Retracted approaches and practices never appear.")
    public Connection<SearchHit> search(
            @NonNull @Description("The words to search for: at most 200 characters and 20 words.") String text,
            @Nullable @Description("Only hits of these kinds; all kinds when left out.") List<@NonNull SearchType> types,
            @Description("How many hits to return: 0 to " + PageArgs.MAX_SIZE + ", " + PageArgs.DEFAULT_SIZE
                    + " when left out.") Integer first,
            @Description("Continue after this cursor: the `endCursor` of the previous page.") String after) {
        var search = SearchText.of(text);
        var kinds = types == null || types.isEmpty() ? Arrays.asList(SearchType.values()) : types;
        var nodeTypes = kinds.stream().distinct().map(SearchType::nodeType).toList();
        var page = new PageArgs(first, after, null, null).resolve(RELEVANCE);
        var selection = reads.selection();
        var itemFields = new ArrayList<>(Selections.under(selection, "edges", "node", ITEM));
        itemFields.addAll(Selections.under(selection, "nodes", ITEM));
        return Pages.connection(reads.read(() -> statement(search, nodeTypes, page, itemFields)).get(0).asMap(), page,
                row -> hit(search, row));
    }

    private Statement statement(SearchText search, List<NodeType> types, PageRequest page, List<SelectedField> itemFields) {
        var labels = types.stream().map(NodeType::label).toList();
        var label = Cypher.name("label");
        var found = Cypher.call("db.index.fulltext.queryNodes")
                .withArgs(Cypher.literalOf(INDEX), Cypher.anonParameter(search.luceneQuery()))
                .yield(NODE, SCORE)
                .where(Cypher.anyNode(NODE).property(NodeType.RETRACTED_AT).isNull()
                        .and(Cypher.any(label).in(Cypher.labels(NODE)).where(label.in(Cypher.anonParameter(labels)))))
                .with(Cypher.collect(Cypher.mapOf("node", NODE, "score", SCORE)).as(HITS));

        var hit = Cypher.anyNode("hit");
        var beyondCursor = page.cursor().map(cursor -> beyond(cursor.values())).orElse(Cypher.noCondition());
        // WHERE and ORDER BY of one WITH would filter after the LIMIT: the order gets a WITH of its own.
        var rows = ranked(types, hit)
                .where(beyondCursor)
                .with(hit.getRequiredSymbolicName(), SCORE, TYPE, KEY)
                .orderBy(SCORE.descending(), TYPE.ascending(), KEY.ascending())
                .limit(Cypher.anonParameter(page.size() + 1))
                .returning(Cypher.mapOf(
                        "score", SCORE,
                        "type", TYPE,
                        TEXTS, texts(hit),
                        ITEM, AnyNode.projection(reads.model(), types, hit, itemFields),
                        Row.SORT_VALUES, Cypher.listOf(SCORE, TYPE, KEY)))
                .build();
        var entries = new ArrayList<Object>(List.of(
                ReadPlanner.PAGE_ROWS, Cypher.collect(rows),
                ReadPlanner.PAGE_TOTAL, Cypher.size(HITS)));
        if (page.cursor().isPresent()) {
            var before = ranked(types, hit).where(beyondCursor.not()).returning(SCORE).build();
            entries.addAll(List.of(ReadPlanner.PAGE_OTHER_SIDE, Cypher.count(before).gt(Cypher.literalOf(0))));
        }
        return found.returning(Cypher.mapOf(entries.toArray()).as(ReadPlanner.RESULT)).build();
    }

    /** Every hit with the values it is ordered by. */
    private static StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere ranked(List<NodeType> types,
            Node hit) {
        var entry = Cypher.name("entry");
        return Cypher.unwind(HITS).as(entry)
                .with(Cypher.property(entry, "node").as(hit.getRequiredSymbolicName()), Cypher.property(entry, "score").as(SCORE))
                .with(hit.getRequiredSymbolicName(), SCORE, AnyNode.label(types, hit).as(TYPE), AnyNode.key(types, hit).as(KEY));
    }

    /** Hits after the cursor in relevance order: lower score, or the same score and a later type, or later key. */
    private static Condition beyond(List<Object> cursor) {
        var score = Cypher.anonParameter(cursor.get(0));
        var type = Cypher.anonParameter(cursor.get(1));
        var key = Cypher.anonParameter(cursor.get(2));
        return SCORE.lt(score)
                .or(SCORE.eq(score).and(TYPE.gt(type)))
                .or(SCORE.eq(score).and(TYPE.eq(type)).and(KEY.gt(key)));
    }

    private static Expression texts(Node hit) {
        var entries = new ArrayList<Object>();
        for (var field : Snippet.FIELDS) {
            entries.add(field);
            entries.add(hit.property(field));
        }
        return Cypher.mapOf(entries.toArray());
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(SearchText search, Row row) {
        var values = row.values();
        var snippet = Snippet.of(search, (Map<String, Object>) values.get(TEXTS));
        return new SearchHit(((Number) values.get("score")).doubleValue(), SearchType.of((String) values.get("type")),
                snippet == null ? null : snippet.text(), snippet == null ? null : snippet.field(),
                AnyNode.read(values.get(ITEM)));
    }
}
