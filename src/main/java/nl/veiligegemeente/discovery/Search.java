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
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Nullable;
import nl.veiligegemeente.schema.Connection;
import nl.veiligegemeente.api.GraphReads;
import nl.veiligegemeente.api.prefetched.NotPrefetchable;
import nl.veiligegemeente.api.prefetched.PlannedRootField;
import nl.veiligegemeente.graph.model.GraphModel;
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

    /** The node types the full-text index {@link #INDEX} covers: those of every kind of hit. */
    private static final List<NodeType> INDEXED = Arrays.stream(SearchType.values()).map(SearchType::nodeType).toList();

    private static final SymbolicName NODE = Cypher.name("node");
    private static final SymbolicName SCORE = Cypher.name("score");
    private static final SymbolicName TYPE = Cypher.name("type");
    private static final SymbolicName KEY = Cypher.name("key");
    private static final SymbolicName HITS = Cypher.name("hits");
    private static final SymbolicName AFTER = Cypher.name("after");
    private static final SymbolicName CUT = Cypher.name("cut");
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
        var request = request(text, types, new PageArgs(first, after, null, null));
        return Pages.connection(reads.read(() -> statement(reads.model(), request, reads.selection())).get(0).asMap(),
                request.page(), row -> hit(request.text(), row));
    }

    /** What to search for: the text, the kinds of node, and the page. */
    record Request(SearchText text, List<NodeType> types, PageRequest page) {
    }

    static Request request(String text, List<SearchType> types, PageArgs pageArgs) {
        var kinds = types == null || types.isEmpty() ? Arrays.asList(SearchType.values()) : types;
        return new Request(SearchText.of(text), kinds.stream().distinct().map(SearchType::nodeType).toList(),
                pageArgs.resolve(RELEVANCE));
    }

    /** The search as the prefetching strategy answers it: the same statement, from the arguments as graphql-java resolved them. */
    static PlannedRootField.Planned planned(GraphModel model, Map<String, Object> arguments, List<SelectedField> selection) {
        if (selectsSnippets(selection)) {
            throw new NotPrefetchable("snippets are cut from the texts by the search analyser");
        }
        var types = arguments.get("types") instanceof List<?> kinds
                ? kinds.stream().map(kind -> SearchType.valueOf(String.valueOf(kind))).toList()
                : null;
        var request = request((String) arguments.get("text"), types, PageArgs.of(arguments));
        return new PlannedRootField.Planned(statement(model, request, selection), request.page(), false);
    }

    /** Whether the selection asks for snippets, which are cut from the texts read, by the same analyser as the index. */
    static boolean selectsSnippets(List<SelectedField> selection) {
        return hitFields(selection).stream().anyMatch(field -> field.getName().startsWith("snippet"));
    }

    private static List<SelectedField> hitFields(List<SelectedField> selection) {
        var hitFields = new ArrayList<>(Selections.under(selection, "edges", "node"));
        hitFields.addAll(Selections.under(selection, "nodes"));
        return hitFields;
    }

    /** The one statement of a search: the page of hits and the fields selected of each. */
    static Statement statement(GraphModel model, Request request, List<SelectedField> selection) {
        var itemFields = Selections.under(hitFields(selection), ITEM);
        return statement(model, request.text(), request.types(), request.page(), itemFields, selectsSnippets(selection));
    }

    private static Statement statement(GraphModel model, SearchText search, List<NodeType> types, PageRequest page,
            List<SelectedField> itemFields, boolean snippets) {
        var labels = types.stream().map(NodeType::label).toList();
        var label = Cypher.name("label");
        var entry = Cypher.name("entry");
        var hit = Cypher.anyNode("hit");
        var limit = Cypher.anonParameter(page.size() + 1);
        var current = Cypher.anyNode(NODE).property(NodeType.RETRACTED_AT).isNull();
        var found = Cypher.call("db.index.fulltext.queryNodes")
                .withArgs(Cypher.literalOf(INDEX), Cypher.anonParameter(search.luceneQuery()))
                .yield(NODE, SCORE)
                // The index holds exactly the search types (SearchIndexTest): asked for all, no hit needs a label test.
                .where(types.containsAll(INDEXED) ? current
                        : current.and(Cypher.any(label).in(Cypher.labels(NODE)).where(label.in(Cypher.anonParameter(labels)))))
                .with(NODE, SCORE).orderBy(SCORE.descending())
                .with(Cypher.collect(Cypher.mapOf("node", NODE, "score", SCORE)).as(HITS))
                .with(HITS, page.cursor()
                        .map(cursor -> Cypher.collect(Cypher.unwind(HITS).as(entry)
                                .with(entry, Cypher.property(entry, "node").as(hit.getRequiredSymbolicName()))
                                .where(beyond(types, hit, Cypher.property(entry, "score"), cursor.values()))
                                .returning(entry).build()))
                        .orElse(HITS).as(AFTER))
                // The page is among the hits scoring at least the last row's score: only these are ranked
                // by type and key, so the properties of the other thousands of hits are never read.
                .with(HITS, AFTER, Cypher.caseExpression()
                        .when(Cypher.size(AFTER).gte(limit))
                        .then(Cypher.property(Cypher.valueAt(AFTER, limit.subtract(Cypher.literalOf(1))), "score"))
                        .elseDefault(Cypher.literalOf(-1.0)).as(CUT));

        var rows = Cypher.unwind(Cypher.listWith(entry).in(AFTER)
                        .where(Cypher.property(entry, "score").gte(CUT)).returning()).as(entry)
                .with(Cypher.property(entry, "node").as(hit.getRequiredSymbolicName()), Cypher.property(entry, "score").as(SCORE))
                .with(hit.getRequiredSymbolicName(), SCORE, AnyNode.label(types, hit).as(TYPE), AnyNode.key(types, hit).as(KEY))
                .orderBy(SCORE.descending(), TYPE.ascending(), KEY.ascending())
                .limit(limit)
                .returning(Cypher.mapOf(row(model, types, hit, itemFields, snippets)))
                .build();
        var entries = new ArrayList<Object>(List.of(
                ReadPlanner.PAGE_ROWS, Cypher.collect(rows),
                ReadPlanner.PAGE_TOTAL, Cypher.size(HITS)));
        if (page.cursor().isPresent()) {
            entries.addAll(List.of(ReadPlanner.PAGE_OTHER_SIDE, Cypher.size(HITS).gt(Cypher.size(AFTER))));
        }
        return found.returning(Cypher.mapOf(entries.toArray()).as(ReadPlanner.RESULT)).build();
    }

    /** What a row of the page holds: the texts for a snippet only when one is selected. */
    private static Object[] row(GraphModel model, List<NodeType> types, Node hit, List<SelectedField> itemFields,
            boolean snippets) {
        var row = new ArrayList<Object>(List.of(
                "score", SCORE,
                "type", AnyNode.byType(types, hit, type -> Cypher.literalOf(SearchType.of(type.label()).name())),
                ITEM, AnyNode.projection(model, types, hit, itemFields),
                Row.SORT_VALUES, Cypher.listOf(SCORE, TYPE, KEY)));
        if (snippets) {
            row.addAll(List.of(TEXTS, texts(hit)));
        }
        return row.toArray();
    }

    /** Hits after the cursor in relevance order: lower score, or the same score and a later type, or later key. */
    private static Condition beyond(List<NodeType> types, Node hit, Expression hitScore, List<Object> cursor) {
        var score = Cypher.anonParameter(cursor.get(0));
        var type = Cypher.anonParameter(cursor.get(1));
        var key = Cypher.anonParameter(cursor.get(2));
        var hitType = AnyNode.label(types, hit);
        return hitScore.lt(score)
                .or(hitScore.eq(score).and(hitType.gt(type)))
                .or(hitScore.eq(score).and(hitType.eq(type)).and(AnyNode.key(types, hit).gt(key)));
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
        var texts = (Map<String, Object>) values.get(TEXTS);
        var snippet = texts == null ? null : Snippet.of(search, texts);
        return new SearchHit(((Number) values.get("score")).doubleValue(), SearchType.valueOf((String) values.get("type")),
                snippet == null ? null : snippet.text(), snippet == null ? null : snippet.field(),
                AnyNode.read(values.get(ITEM)));
    }
}
