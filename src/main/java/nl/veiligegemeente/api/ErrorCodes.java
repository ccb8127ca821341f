package nl.veiligegemeente.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * Gives every error of a response a stable {@code extensions.code} and a message fit for the
 * client: business failures keep theirs, values the schema cannot take are worded by
 * {@link CoercionErrors}, unexpected ones are logged and answered with a reference.
 */
public final class ErrorCodes extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    private static final String CODE = "code";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        var variables = parameters.getExecutionInput().getVariables();
        List<GraphQLError> errors = result.getErrors().stream()
                .map(error -> CoercionErrors.message(error, parameters.getSchema(), variables)
                        .map(message -> copy(error, message, ErrorCode.VALIDATION))
                        .orElseGet(() -> withCode(error)))
                .toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, fetching.getException());
        }
        if (error.getExtensions() != null && error.getExtensions().containsKey(CODE)) {
            return error;
        }
        return copy(error, error.getMessage(), codeOf(error.getErrorType()));
    }

    private static GraphQLError fromException(GraphQLError error, Throwable exception) {
        if (exception instanceof ApiException api) {
            return copy(error, api.getMessage(), api.code());
        }
        // A subscription's stream that fails reaches here wrapped by SmallRye.
        if (exception.getCause() instanceof ApiException api) {
            return copy(error, api.getMessage(), api.code());
        }
        var reference = UUID.randomUUID();
        LOG.errorf(exception, "Unexpected failure at %s (reference %s)", error.getPath(), reference);
        return copy(error, "Internal error; the service log has the details under reference " + reference,
                ErrorCode.INTERNAL);
    }

    private static ErrorCode codeOf(ErrorClassification type) {
        if (type == ErrorType.InvalidSyntax) {
            return ErrorCode.GRAPHQL_PARSE_FAILED;
        }
        if (type == ErrorType.ValidationError) {
            return ErrorCode.GRAPHQL_VALIDATION_FAILED;
        }
        if (type == ErrorType.ExecutionAborted) {
            return ErrorCode.LIMIT_EXCEEDED;
        }
        return ErrorCode.INTERNAL;
    }

    private static GraphQLError copy(GraphQLError error, String message, ErrorCode code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.remove(StrictScalars.REFUSED_VALUE);
        extensions.put(CODE, code.name());
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }
}
