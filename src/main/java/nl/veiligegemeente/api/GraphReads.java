package nl.veiligegemeente.api;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.driver.Value;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.Document;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.RecentReads;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeId;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.Pages;
import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.graph.read.RecordReader;
import nl.veiligegemeente.graph.read.NodeFilter;
import nl.veiligegemeente.graph.read.Row;
import nl.veiligegemeente.graph.read.RowShape;
import nl.veiligegemeente.graph.read.Selections;
import nl.veiligegemeente.schema.ListOrder;
import nl.veiligegemeente.schema.Connection;

/**
 * Answers GraphQL read fields: a root field runs one statement planned from everything selected
 * beneath it; relation fields ({@link RelationFields}) then only pick their part out of what that
 * statement returned.
 */
@ApplicationScoped
public class GraphReads {

    private static final int PLANS_KEPT = 1000;

    private final Graph graph;
    private final RecentReads recentReads;
    private final GraphModel model;
    private final Context context;
    private final Cache<PlannedField, Graph.Rendered> planned = Caffeine.newBuilder().maximumSize(PLANS_KEPT).build();
    private final Cache<List<Object>, Graph.Rendered> lookups = Caffeine.newBuilder().maximumSize(PLANS_KEPT).build();

    GraphReads(Graph graph, RecentReads recentReads, GraphModel model, Context context) {
        this.graph = graph;
        this.recentReads = recentReads;
        this.model = model;
        this.context = context;
    }

    /** A root field for one node by key: the node, read as its type's record, with everything selected; or null. */
    public <T extends Record> T one(NodeType type, Object key, Class<T> record) {
        return read(type, key, field().getSelectionSet().getImmediateFields(), reader(type, record));
    }

    /**
     * A node inside a mutation's payload: the node by key with everything the client selected
     * under the payload field {@code payloadField}; null when it is not selected, absent or hidden.
     */
    public <T extends Record> T oneUnder(String payloadField, NodeType type, Object key, Class<T> record) {
        var selection = Selections.under(selection(), payloadField);
        return selection.isEmpty() ? null : read(type, key, selection, reader(type, record));
    }

    /**
     * One node with the selection, by a statement rendered once for each type and shape of selection
     * (a publish reads its new node back with the same selection every time, only the key differs).
     */
    private <T extends Record> T read(NodeType type, Object key, List<SelectedField> selection,
            RecordReader<T> reader) {
        var statement = lookups.get(List.of(type.label(), Selections.shape(selection)),
                shape -> Graph.Rendered.of(ReadPlanner.one(model, type, key, selection)));
        var rows = graph.read(statement.with(ReadPlanner.KEY, type.keyOf(key)));
        return rows.isEmpty() ? null
                : reader.apply(new Row(RowShape.of(model, type, selection, false).toMap(rows.get(0).asList())));
    }

    /**
     * The nodes the global ids name, in their order, each read with the fields selected for its type
     * (from a selection on the {@code Node} interface), in one statement; null for an id that names no
     * visible node, or is no global id at all.
     */
    public List<Record> nodes(List<String> ids, List<SelectedField> selection) {
        var wanted = new TreeMap<String, Set<String>>();
        var named = ids.stream()
                .map(id -> NodeId.decode(id).filter(node -> model.types().containsKey(node.label())))
                .toList();
        named.forEach(node -> node.ifPresent(found -> wanted.computeIfAbsent(found.label(), label -> new TreeSet<>())
                .add(found.key())));
        if (wanted.isEmpty()) {
            return Collections.nCopies(ids.size(), null);
        }
        var statement = ReadPlanner.nodes(model, wanted, type -> Selections.forType(selection, type.label()));
        var rowsByLabel = graph.read(statement).get(0).asMap(Value::asList);
        var found = new HashMap<NodeId, Record>();
        rowsByLabel.forEach((label, rows) -> {
            var type = model.type(label);
            var shape = RowShape.of(model, type, Selections.forType(selection, label), false);
            var reader = RecordReader.of(type.record());
            for (var row : rows) {
                @SuppressWarnings("unchecked")
                var values = shape.toMap((List<Object>) row);
                found.put(new NodeId(label, (String) values.get(type.key())), reader.apply(new Row(values)));
            }
        });
        return named.stream().map(node -> node.map(found::get).orElse(null)).toList();
    }

    /** A root field for a page of all nodes of a type, in their default order, paged by the field's Relay arguments. */
    public <T extends Record> Connection<T> page(NodeType type, Class<T> record) {
        return page(type, null, null, record);
    }

    /** A root field for a page of the nodes that pass the filter (all when null), in the given order (default when null). */
    public <T extends Record> Connection<T> page(NodeType type, NodeFilter filter, ListOrder order, Class<T> record) {
        var field = field();
        var request = PageArgs.of(field.getArguments()).resolve(ListOrder.of(type, order));
        filter = filter == null ? NodeFilter.ALL : filter;
        var selection = field.getSelectionSet().getImmediateFields();
        var statement = ReadPlanner.page(model, type, request, filter, selection);
        var page = RowShape.ofRows(model, type, selection).toPageMap(graph.read(statement).get(0).asMap());
        return Pages.connection(page, request, reader(type, record));
    }

    private static <T extends Record> RecordReader<T> reader(NodeType type, Class<T> record) {
        if (type.record() != record) {
            throw new IllegalArgumentException(type.label() + " is read as " + type.record().getSimpleName()
                    + ", not as " + record.getSimpleName());
        }
        return RecordReader.of(record);
    }

    /** The graph model, for fields that plan their own statement (discovery). */
    public GraphModel model() {
        return model;
    }

    /** The fields selected directly beneath the field being resolved. */
    public List<SelectedField> selection() {
        return field().getSelectionSet().getImmediateFields();
    }

    /**
     * Runs the read statement a field plans itself: its one round trip. A root field's statement is
     * planned and rendered once for each document, operation and variables, which decide it; a
     * repeated request only runs it. (A nested field's also depends on the row above it.)
     */
    public List<Value> read(Supplier<Statement> plan) {
        return graph.read(rendered(plan));
    }

    /** Like {@link #read}, for a statement that a result read a while ago may answer (see {@link RecentReads}). */
    public List<Value> readReusable(Supplier<Statement> plan) {
        return recentReads.read(rendered(plan));
    }

    private Graph.Rendered rendered(Supplier<Statement> plan) {
        var field = field();
        var path = field.getExecutionStepInfo().getPath();
        if (path.getLevel() != 1) {
            return Graph.Rendered.of(plan.get());
        }
        var key = new PlannedField(field.getDocument(), field.getOperationDefinition().getName(), field.getVariables(),
                path.getSegmentName());
        return planned.get(key, k -> Graph.Rendered.of(plan.get()));
    }

    /** What decides the statement of a root field; documents are the cached, parsed ones, compared by identity. */
    private record PlannedField(Document document, String operationName, Map<String, Object> variables,
            String resultKey) {
    }

    private DataFetchingEnvironment field() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
