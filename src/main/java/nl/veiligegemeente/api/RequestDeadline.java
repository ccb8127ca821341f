package nl.veiligegemeente.api;

import java.time.Duration;

import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * Bounds how long one request runs: a root field that would start after the request timeout is
 * not run but answered with {@link ErrorCode#TIMEOUT}. A statement already running is bounded by
 * the Neo4j transaction timeout, so a request ends within the two together.
 */
public final class RequestDeadline extends SimplePerformantInstrumentation {

    private final Duration timeout;

    RequestDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        var deadline = new Deadline(System.nanoTime() + timeout.toNanos());
        parameters.getExecutionInput().getGraphQLContext().put(Deadline.class, deadline);
        return deadline;
    }

    /** Whether the request of this context is past its deadline, so that it may start no more root fields. */
    public static boolean passed(GraphQLContext context) {
        Deadline deadline = context.get(Deadline.class);
        return deadline != null && deadline.passed();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || parameters.getEnvironment().getExecutionStepInfo().getPath().getLevel() != 1) {
            return fetcher;
        }
        var deadline = (Deadline) state;
        return environment -> {
            if (deadline.passed()) {
                throw new ApiException(ErrorCode.TIMEOUT, "The request ran longer than " + timeout.toMillis()
                        + " ms, the most this service spends on one request, so this field was not run. "
                        + "Ask for fewer fields or smaller pages, or split the request.");
            }
            return fetcher.get(environment);
        };
    }

    /** The moment (in {@link System#nanoTime()}) after which a request starts no more root fields. */
    private record Deadline(long nanoTime) implements InstrumentationState {

        boolean passed() {
            return System.nanoTime() - nanoTime >= 0;
        }
    }
}
