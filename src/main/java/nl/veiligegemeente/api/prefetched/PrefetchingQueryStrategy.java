package nl.veiligegemeente.api.prefetched;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;
import org.neo4j.driver.Value;

import com.fasterxml.jackson.core.JsonEncoding;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.api.RequestDeadline;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.RecentReads;
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
    private final RecentReads recentReads;
    private final QueryPlanner planner;
    private final Cache<PlanKey, QueryPlan> plans = Caffeine.newBuilder().maximumSize(PLANS_KEPT).build();

    /**
     * The key of the execution context under which the endpoint names the plan of its request, with
     * the variables as the client sent them, so that {@link #answerPlanned} finds the plan again.
     */
    public static final String PLAN_KEY = "vgn.planKey";

    /** What a plan depends on besides the schema: the document, the operation and the variables. */
    public record PlanKey(String document, String operationName, Object variables) {
    }

    public PrefetchingQueryStrategy(DataFetcherExceptionHandler exceptionHandler, Graph graph, RecentReads recentReads,
            GraphModel model, Collection<PlannedRootField> plannedFields) {
        super(exceptionHandler);
        this.graph = graph;
        this.recentReads = recentReads;
        this.planner = new QueryPlanner(model, plannedFields);
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        var request = context.getGraphQLContext();
        if (request.getBoolean(FIELD_BY_FIELD, false) || request.hasKey(ReadFailures.KEY)) {
            return super.execute(context, parameters);
        }
        try {
            var input = context.getExecutionInput();
            PlanKey named = request.get(PLAN_KEY);
            var key = named != null ? named
                    : new PlanKey(input.getQuery(), input.getOperationName(), input.getRawVariables().toMap());
            var json = answer(plans.get(key, k -> planner.plan(context)), () -> RequestDeadline.passed(request));
            return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult()
                    .data(new PrefetchedJson(json)).build());
        } catch (ReadFailures.FailedRead failed) {
            failed.recordIn(request::put);
            return super.execute(context, parameters);
        } catch (NotPrefetchable | ApiException fieldByField) {
            LOG.debugf("Query executed field by field: %s", fieldByField.getMessage());
            return super.execute(context, parameters);
        }
    }

    /**
     * The data of a query that an earlier request with the same document, operation and variables
     * planned (so graphql-java parsed and validated it, coerced its variables and checked its limits),
     * answered without graphql-java: empty when there is no such plan, when the plan has several root
     * fields (graphql-java's execution bounds those by the request deadline), or when reading fails.
     * The full execution then runs with the given execution context, into which a failed read is
     * recorded, so that it reports the failure as usual without reading again.
     */
    public Optional<PrefetchedJson> answerPlanned(PlanKey key, Map<String, Object> executionContext) {
        var plan = plans.getIfPresent(key);
        if (plan == null || plan.rootFields().size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PrefetchedJson(answer(plan, () -> false)));
        } catch (ReadFailures.FailedRead failed) {
            failed.recordIn(executionContext::put);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.debugf("A planned query goes through graphql-java after all: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Runs the plan's statements and writes the data object of the response. Past the request's
     * deadline it starts no more statements: graphql-java then answers the fields with TIMEOUT.
     */
    private byte[] answer(QueryPlan plan, BooleanSupplier pastDeadline) {
        var bytes = new ByteArrayBuilder();
        try (var out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            out.writeStartObject();
            for (var field : plan.rootFields()) {
                if (pastDeadline.getAsBoolean()) {
                    throw new NotPrefetchable("the request is past its deadline");
                }
                out.writeFieldName(field.resultKey());
                field.writer().write(out, field.statement() == null ? List.of() : read(field));
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private List<Value> read(QueryPlan.RootField field) {
        try {
            return field.reusable() ? recentReads.read(field.statement()) : graph.read(field.statement());
        } catch (ApiException e) {
            throw new ReadFailures.FailedRead(field.resultKey(), e);
        }
    }
}
