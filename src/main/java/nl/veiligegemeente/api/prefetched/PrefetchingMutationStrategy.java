package nl.veiligegemeente.api.prefetched;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.ResultPath;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.model.GraphModel;
import nl.veiligegemeente.graph.model.NodeType;
import nl.veiligegemeente.graph.read.ReadPlanner;
import nl.veiligegemeente.graph.read.Selections;

/**
 * Executes a mutation of one {@link PlannedMutation} field without SmallRye's or graphql-java's
 * per-field work: graphql-java has parsed, validated and coerced it; the field writes from its
 * arguments, then one statement reads the written node as the payload's selection asks and the
 * response is written as JSON from that row. Any other mutation, and one whose payload selection
 * the rows cannot answer, is executed field by field; that is decided before anything is written.
 */
public final class PrefetchingMutationStrategy extends AsyncSerialExecutionStrategy {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int PAYLOADS_KEPT = 1000;
    private static final String ID = "id";

    private final Graph graph;
    private final GraphModel model;
    private final SelectionCompiler compiler;
    private final Map<String, PlannedMutation> mutations;
    private final Cache<List<Object>, Payload> payloads = Caffeine.newBuilder().maximumSize(PAYLOADS_KEPT).build();

    public PrefetchingMutationStrategy(DataFetcherExceptionHandler exceptionHandler, Graph graph, GraphModel model,
            Collection<PlannedMutation> mutations) {
        super(exceptionHandler);
        this.graph = graph;
        this.model = model;
        this.compiler = new SelectionCompiler(model);
        this.mutations = mutations.stream().collect(Collectors.toUnmodifiableMap(PlannedMutation::name, m -> m));
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        var fields = context.getNormalizedQueryTree().get().getTopLevelFields();
        var mutation = fields.size() == 1 ? mutations.get(fields.get(0).getName()) : null;
        if (mutation == null || context.getGraphQLContext().getBoolean(PrefetchingQueryStrategy.FIELD_BY_FIELD, false)) {
            return super.execute(context, parameters);
        }
        var field = fields.get(0);
        Payload payload;
        try {
            payload = payload(context.getGraphQLSchema(), field, mutation);
        } catch (NotPrefetchable fieldByField) {
            return super.execute(context, parameters);
        }
        var path = ResultPath.rootPath().segment(field.getResultKey());
        asTheFieldsEnvironment(context);
        String key;
        try {
            key = mutation.write().apply(field.getResolvedArguments());
        } catch (RuntimeException refused) {
            return failed(null, path, refused, parameters);
        }
        List<Value> rows;
        try {
            rows = payload.statement() == null ? List.of()
                    : graph.read(payload.statement().with(ReadPlanner.KEY, payload.type().keyOf(key)));
        } catch (RuntimeException readFailed) {
            // The write committed: answer its id, and the node as not read.
            return failed(Map.of(field.getResultKey(), payload.withoutNode(key)), path.segment(payload.nodeKey()),
                    readFailed, parameters);
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                .data(new PrefetchedJson(json(field.getResultKey(), payload, key, rows))).build());
    }

    /**
     * Gives SmallRye's context of the request the environment of the field, as SmallRye's own data
     * fetcher does: Bean Validation takes the locale of its messages (the request's Accept-Language) from it.
     */
    private static void asTheFieldsEnvironment(ExecutionContext context) {
        var smallRye = SmallRyeContextManager.getCurrentSmallRyeContext();
        if (smallRye != null) {
            smallRye.setDataFetchingEnvironment(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(context).build());
        }
    }

    /** The payload's fields: {@code id}, {@code __typename} and at most one node field, else field by field. */
    private Payload payload(GraphQLSchema schema, ExecutableNormalizedField field, PlannedMutation mutation) {
        var payloadType = GraphQLTypeUtil.unwrapAll(field.getType(schema)).getName();
        var selection = QueryPlanner.selection(schema, field);
        return payloads.get(List.of(mutation.name(), Selections.shape(selection)), shape -> {
            var fields = new ArrayList<PayloadField>();
            SelectedField node = null;
            for (var selected : selection) {
                var kind = switch (selected.getName()) {
                    case ID -> PayloadField.Kind.ID;
                    case "__typename" -> PayloadField.Kind.TYPENAME;
                    default -> {
                        if (!selected.getName().equals(mutation.nodeField()) || node != null) {
                            throw new NotPrefetchable(selected.getName() + " is not a payload field read from one node");
                        }
                        node = selected;
                        yield PayloadField.Kind.NODE;
                    }
                };
                fields.add(new PayloadField(selected.getResultKey(), kind));
            }
            if (node == null) {
                return new Payload(payloadType, List.copyOf(fields), mutation.type(), null, null);
            }
            var nodeFields = node.getSelectionSet().getImmediateFields();
            var statement = Graph.Rendered.of(ReadPlanner.one(model, mutation.type(), "", nodeFields));
            return new Payload(payloadType, List.copyOf(fields), mutation.type(), statement,
                    compiler.node(mutation.type(), nodeFields));
        });
    }

    private static byte[] json(String resultKey, Payload payload, String key, List<Value> rows) {
        var bytes = new ByteArrayBuilder();
        try (var out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeFieldName(resultKey);
            out.writeStartObject();
            for (var field : payload.fields()) {
                out.writeFieldName(field.resultKey());
                switch (field.kind()) {
                    case ID -> out.writeString(key);
                    case TYPENAME -> out.writeString(payload.typeName());
                    case NODE -> {
                        if (rows.isEmpty()) {
                            out.writeNull();
                        } else {
                            payload.node().write(out, rows.get(0));
                        }
                    }
                }
            }
            out.writeEndObject();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A response with the error of the field at the path, as graphql-java would give it for an exception there. */
    private static CompletableFuture<ExecutionResult> failed(Object data, ResultPath path, RuntimeException exception,
            ExecutionStrategyParameters parameters) {
        var rootField = parameters.getFields().getSubFieldsList().get(0).getSingleField();
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                .data(data)
                .addError(new ExceptionWhileDataFetching(path, exception, rootField.getSourceLocation()))
                .build());
    }

    /** One selected field of a payload, under the key the client asked for. */
    private record PayloadField(String resultKey, Kind kind) {

        enum Kind { ID, TYPENAME, NODE }
    }

    /**
     * How to answer a payload selection: its fields, and for the node the statement (with a
     * placeholder key) and the writer of its row; neither when the node is not selected.
     */
    private record Payload(String typeName, List<PayloadField> fields, NodeType type, Graph.Rendered statement,
            JsonWriter<Value> node) {

        String nodeKey() {
            return fields.stream().filter(field -> field.kind() == PayloadField.Kind.NODE).findFirst().orElseThrow()
                    .resultKey();
        }

        /** The payload as data with the node left null: for an answer whose node could not be read. */
        Map<String, Object> withoutNode(String key) {
            var data = new LinkedHashMap<String, Object>();
            fields.forEach(field -> data.put(field.resultKey(), switch (field.kind()) {
                case ID -> key;
                case TYPENAME -> typeName;
                case NODE -> null;
            }));
            return data;
        }
    }
}
