package nl.veiligegemeente.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.parser.ParserOptions;
import graphql.validation.ValidationError;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * Enforces {@link GraphQLLimits}: document size when parsing, aliases before validation (where
 * many aliases of one field would be expensive to check), depth and cost before execution. A
 * rejected request gets one error with code {@link ErrorCode#LIMIT_EXCEEDED} (through
 * {@link ErrorCodes}, which maps aborted executions to it) and nothing is executed.
 */
public final class QueryLimits {

    private QueryLimits() {
    }

    /** The instrumentations, cheapest check first. */
    static List<Instrumentation> instrumentations(GraphQLLimits limits) {
        return List.of(new AliasLimit(limits.maxAliases()),
                new CheckedOnce(new DepthLimit(limits.maxDepth()), new ComplexityLimit(limits.maxComplexity())));
    }

    /** The parser options of every GraphQL document this service reads. */
    public static ParserOptions parserOptions(GraphQLLimits limits) {
        return ParserOptions.getDefaultOperationParserOptions().transform(options -> options.maxTokens(limits.maxTokens()));
    }

    /** The message for a document with more tokens than the parser reads. */
    public static String tooManyTokens(GraphQLLimits limits) {
        return "The document has more than " + limits.maxTokens() + " tokens, more than this service reads."
                + " Send a smaller query.";
    }

    /**
     * Checks that walk the whole operation (depth, cost), run once for each document, operation and
     * {@linkplain #shape shape of the variables}: a request that repeats one that passed them passes
     * them again, also with other texts, ids or inputs (a mutation's, say) in its variables.
     */
    private static final class CheckedOnce extends ChainedInstrumentation {

        private static final int REQUESTS_KEPT = 1000;

        private record Request(String document, String operationName, Map<String, Object> variables) {
        }

        private final Cache<Request, Boolean> passed = Caffeine.newBuilder().maximumSize(REQUESTS_KEPT).build();

        CheckedOnce(Instrumentation... checks) {
            super(checks);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            var input = parameters.getExecutionContext().getExecutionInput();
            var request = new Request(input.getQuery(), input.getOperationName(), shape(input.getRawVariables().toMap()));
            if (passed.getIfPresent(request) != null) {
                return SimpleInstrumentationContext.noOp();
            }
            var checked = super.beginExecuteOperation(parameters, state);
            passed.put(request, true);
            return checked;
        }

        /**
         * What of the variables can change an operation's depth or cost: numbers (page sizes), booleans
         * ({@code @include}, {@code @skip}), the lengths of lists ({@code ids}) and which are null.
         * Texts and input objects cannot be page sizes, conditions or lists of ids.
         */
        private static Map<String, Object> shape(Map<String, Object> variables) {
            var shape = new HashMap<String, Object>();
            variables.forEach((name, value) -> {
                if (value == null || value instanceof Number || value instanceof Boolean) {
                    shape.put(name, value);
                } else if (value instanceof List<?> list) {
                    shape.put(name, list.size());
                }
            });
            return shape;
        }
    }

    private static final class DepthLimit extends MaxQueryDepthInstrumentation {

        DepthLimit(int maxDepth) {
            super(maxDepth);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return new AbortExecutionException("The query nests fields " + depth + " levels deep; this service answers"
                    + " at most " + maxDepth + ". Select less deeply, or split the query.");
        }
    }

    private static final class ComplexityLimit extends MaxQueryComplexityInstrumentation {

        ComplexityLimit(int maxComplexity) {
            super(maxComplexity, new QueryCost());
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return new AbortExecutionException("The query could return about " + complexity + " values; this service"
                    + " answers at most " + maxComplexity + ". Ask for smaller pages (first/last) or fewer nested lists.");
        }
    }

    private static final class AliasLimit extends SimplePerformantInstrumentation {

        private final int maxAliases;

        AliasLimit(int maxAliases) {
            this.maxAliases = maxAliases;
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                InstrumentationState state) {
            var aliases = aliases(parameters.getDocument());
            if (aliases > maxAliases) {
                throw new AbortExecutionException("The document uses " + aliases + " aliases; this service accepts at most "
                        + maxAliases + ".");
            }
            return super.beginValidation(parameters, state);
        }

        private static int aliases(Node<?> node) {
            var count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
            for (var child : node.getChildren()) {
                count += aliases(child);
            }
            return count;
        }
    }
}
