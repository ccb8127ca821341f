package nl.veiligegemeente.api.prefetched;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.introspection.Introspection;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingFieldSelectionSetImpl;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import nl.veiligegemeente.api.ApiException;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.read.ListArguments;
import nl.veiligegemeente.graph.read.PageArgs;
import nl.veiligegemeente.graph.read.Pages;
import nl.veiligegemeente.graph.read.ReadPlanner;

/**
 * Answers a query whose root fields all read the graph (a node by key, a page of a type) without
 * graphql-java's per-field execution: each root field runs the one statement the read planner makes
 * of its selection, and the response is written as JSON straight from the rows. Any other query, and
 * any query the rows cannot answer exactly as the schema says (an argument to reject, a field they do
 * not hold), is executed field by field by graphql-java, which also reports its errors.
 */
public final class PrefetchingQueryStrategy extends AsyncExecutionStrategy {

    private static final Logger LOG = Logger.getLogger(PrefetchingQueryStrategy.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Graph graph;
    private final GraphModel model;
    private final RootReads roots;
    private final RowWriter writer;

    public PrefetchingQueryStrategy(DataFetcherExceptionHandler exceptionHandler, Graph graph, GraphModel model) {
        super(exceptionHandler);
        this.graph = graph;
        this.model = model;
        this.roots = RootReads.of(model);
        this.writer = new RowWriter(model);
    }

    /**
     * The key of the execution context under which a request may ask to be executed field by field
     * (outside production only: the endpoint sets it to compare both ways in tests and diagnostics).
     */
    public static final String FIELD_BY_FIELD = "vgn.fieldByField";

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (context.getGraphQLContext().getBoolean(FIELD_BY_FIELD, false)) {
            return super.execute(context, parameters);
        }
        try {
            var json = prefetched(context.getGraphQLSchema(), context.getNormalizedQueryTree().get().getTopLevelFields());
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                    .data(new PrefetchedJson(json)).build());
        } catch (NotPrefetchable | ApiException fieldByField) {
            LOG.debugf("Query executed field by field: %s", fieldByField.getMessage());
            return super.execute(context, parameters);
        }
    }

    /** The data object of the response; throws before any statement runs when a root field is not a graph read. */
    private byte[] prefetched(GraphQLSchema schema, List<ExecutableNormalizedField> fields) {
        var selections = fields.stream().map(field -> selection(schema, field)).toList();
        for (int i = 0; i < fields.size(); i++) {
            check(fields.get(i), selections.get(i));
        }
        var bytes = new ByteArrayBuilder();
        try (var out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            out.writeStartObject();
            for (int i = 0; i < fields.size(); i++) {
                var field = fields.get(i);
                out.writeFieldName(field.getResultKey());
                if (isTypename(field)) {
                    out.writeString(schema.getQueryType().getName());
                } else {
                    rootField(out, schema, field, selections.get(i));
                }
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void check(ExecutableNormalizedField field, List<SelectedField> selection) {
        if (isTypename(field)) {
            return;
        }
        var root = roots.read(field.getName())
                .orElseThrow(() -> new NotPrefetchable(field.getName() + " is not a graph read"));
        var covered = root.lookup()
                ? writer.covers(root.type(), selection)
                : writer.coversConnection(root.type(), selection);
        if (!covered) {
            throw new NotPrefetchable(field.getName() + " selects a field the rows do not hold");
        }
    }

    private void rootField(JsonGenerator out, GraphQLSchema schema, ExecutableNormalizedField field,
            List<SelectedField> selection) throws IOException {
        var root = roots.read(field.getName()).orElseThrow();
        var type = root.type();
        var arguments = field.getResolvedArguments();
        if (root.lookup()) {
            var rows = graph.read(ReadPlanner.one(model, type, arguments.get(type.key()), selection));
            if (rows.isEmpty()) {
                out.writeNull();
            } else {
                writer.node(out, type, rows.get(0).asMap(), selection);
            }
        } else {
            var request = PageArgs.of(arguments).resolve(ListArguments.ordering(type, arguments));
            var statement = ReadPlanner.page(model, type, request, ListArguments.filter(type, arguments), selection);
            var page = Pages.page(graph.read(statement).get(0).asMap(), request);
            writer.connection(out, type, page, selection, RowWriter.typeName(field.getType(schema)));
        }
    }

    private static List<SelectedField> selection(GraphQLSchema schema, ExecutableNormalizedField field) {
        if (isTypename(field)) {
            return List.of();
        }
        return DataFetchingFieldSelectionSetImpl.newCollector(schema, field.getType(schema), () -> field)
                .getImmediateFields();
    }

    private static boolean isTypename(ExecutableNormalizedField field) {
        return field.getName().equals(Introspection.TypeNameMetaFieldDef.getName());
    }
}
