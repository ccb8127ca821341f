package nl.veiligegemeente.api.prefetched;

import java.util.Map;
import java.util.function.BiConsumer;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import nl.veiligegemeente.schema.ApiException;

/**
 * Lets graphql-java answer a root field whose planned read failed (a timeout, say) with that
 * failure, as it answers any failed field, without running the read again: under load, reading a
 * timed-out statement again would double the work that made it time out.
 */
public final class ReadFailures extends SimplePerformantInstrumentation {

    /** The key of the execution context under which the failures are kept, by root field result key. */
    static final String KEY = "vgn.readFailures";

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        var path = parameters.getEnvironment().getExecutionStepInfo().getPath();
        if (path.getLevel() != 1) {
            return fetcher;
        }
        Map<String, ApiException> failures = parameters.getExecutionContext().getGraphQLContext().get(KEY);
        if (failures == null) {
            return fetcher;
        }
        var failure = failures.get(path.getSegmentName());
        return failure == null ? fetcher : environment -> {
            throw failure;
        };
    }

    /** A root field's read that failed with a failure the client is told about. */
    static final class FailedRead extends RuntimeException {

        private final String resultKey;
        private final ApiException failure;

        FailedRead(String resultKey, ApiException failure) {
            super(failure.getMessage(), null, false, false);
            this.resultKey = resultKey;
            this.failure = failure;
        }

        /** Records the failure in an execution context, for the execution that answers the request. */
        void recordIn(BiConsumer<String, Object> executionContext) {
            executionContext.accept(KEY, Map.of(resultKey, failure));
        }
    }
}
