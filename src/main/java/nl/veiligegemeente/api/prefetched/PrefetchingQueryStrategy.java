package nl.veiligegemeente.api.prefetched;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.ExecutionResultImpl;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.api.RequestDeadline;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.model.GraphModel;

/**
 * Answers a query whose root fields all read the graph (a node by key, a page of a type, a
 * {@link PlannedRootField} such as search) without
 * graphql-java's per-field execution: each root field runs the one statement the read planner makes
 * of its selection, and the response is written as JSON straight from the rows. The plan of a
 * request (selections and rendered statements) is kept for the next request with the same document,
 * operation and variables. Any other query, and any query the rows cannot answer exactly as the
 * schema says (an argument to reject, a field they do not hold), is executed field by field by
 * graphql-java, which also reports its errors.
 */
public final class PrefetchingQueryStrategy extends AsyncExecutionStrategy {

    /**
     * The key of the execution context under which a request may ask to be executed field by field
     * (outside production only: the endpoint sets it to compare both ways in tests and diagnostics).
     */
    public static final String FIELD_BY_FIELD = "vgn.fieldByField";

    private static final Logger LOG = Logger.getLogger(PrefetchingQueryStrategy.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final int PLANS_KEPT = 1000;

    private final Graph graph;
    private final QueryPlanner planner;
    private final Cache<PlanKey, QueryPlan> plans = Caffeine.newBuilder().maximumSize(PLANS_KEPT).build();

    /** What a plan depends on besides the schema. */
    private record PlanKey(String document, String operationName, Map<String, Object> variables) {
    }

    public PrefetchingQueryStrategy(DataFetcherExceptionHandler exceptionHandler, Graph graph, GraphModel model,
            Collection<PlannedRootField> plannedFields) {
        super(exceptionHandler);
        this.graph = graph;
        this.planner = new QueryPlanner(model, plannedFields);
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (context.getGraphQLContext().getBoolean(FIELD_BY_FIELD, false)) {
            return super.execute(context, parameters);
        }
        try {
            var input = context.getExecutionInput();
            var key = new PlanKey(input.getQuery(), input.getOperationName(), input.getRawVariables().toMap());
            var json = answer(plans.get(key, k -> planner.plan(context)), context.getGraphQLContext());
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                    .data(new PrefetchedJson(json)).build());
        } catch (NotPrefetchable | ApiException fieldByField) {
            LOG.debugf("Query executed field by field: %s", fieldByField.getMessage());
            return super.execute(context, parameters);
        }
    }

    /**
     * Runs the plan's statements and writes the data object of the response. Past the request's
     * deadline it starts no more statements: graphql-java then answers the fields with TIMEOUT.
     */
    private byte[] answer(QueryPlan plan, GraphQLContext request) {
        var bytes = new ByteArrayBuilder();
        try (var out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            out.writeStartObject();
            for (var field : plan.rootFields()) {
                if (RequestDeadline.passed(request)) {
                    throw new NotPrefetchable("the request is past its deadline");
                }
                out.writeFieldName(field.resultKey());
                field.writer().write(out, field.statement() == null ? List.of() : graph.read(field.statement()));
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
