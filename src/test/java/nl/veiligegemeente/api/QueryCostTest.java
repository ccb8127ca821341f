package nl.veiligegemeente.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.instrumentation.ChainedInstrumentation;
import nl.veiligegemeente.support.SelectedFields;

/**
 * The limits on a query and the cost model behind the complexity limit, checked on the committed
 * schema without a service: a query over a limit is stopped before anything runs, with a message
 * that says by how much.
 */
class QueryCostTest {

    @Test
    void aFieldCostsOnePlusWhatIsBelowItAndAListMultipliesByItsPage() {
        // nodes holds the 10 rows of themes(first: 10): 1 + 10 × (name 1) = 11, and themes adds 1.
        assertThat(cost("{ themes(first: 10) { nodes { name } } }")).isEqualTo(12);
        // Without first or last, a list holds the default page of 20.
        assertThat(cost("{ themes { nodes { name } } }")).isEqualTo(22);
        assertThat(cost("{ themes(last: 3) { edges { cursor node { name } } } }")).isEqualTo(1 + 1 + 3 * (1 + 2));
    }

    @Test
    void nodesHoldsAsManyRowsAsItIsGivenIds() {
        // 1 + 3 × (id 1 + a Theme's name 1) = 7
        assertThat(cost("{ nodes(ids: [\"a\", \"b\", \"c\"]) { id ... on Theme { name } } }")).isEqualTo(7);
    }

    @Test
    void nestedPagesMultiply() {
        assertThat(cost("{ approaches(first: 100) { nodes { themes { nodes { approaches { nodes { title } } } } } } }"))
                .isEqualTo(1 + 1 + 100 * (1 + 1 + 20 * (1 + 1 + 20 * 1)));
    }

    @Test
    void introspectionCostsOnePerField() {
        assertThat(cost("{ __schema { types { name fields { name } } } }")).isEqualTo(5);
    }

    @Test
    void aQueryOverTheCostLimitIsStoppedSayingByHowMuch() {
        var result = run(limits(10_000, 15, 1_000, 50), "{ themes(first: 100) { nodes { approaches(first: 100) { nodes { title } } } } }");
        assertThat(messages(result)).containsExactly("The query could return about 10202 values; this service answers at most"
                + " 1000. Ask for smaller pages (first/last) or fewer nested lists.");
        assertThat((Object) result.getData()).isNull();
    }

    @Test
    void aQueryNestedTooDeeplyIsStopped() {
        var result = run(limits(10_000, 3, 200_000, 50), "{ themes { nodes { approaches { nodes { title } } } } }");
        assertThat(messages(result)).containsExactly("The query nests fields 5 levels deep; this service answers at most 3."
                + " Select less deeply, or split the query.");
    }

    @Test
    void tooManyAliasesAreStopped() {
        var result = run(limits(10_000, 15, 200_000, 2), "{ a: themes { totalCount } b: themes { totalCount } c: themes { totalCount } }");
        assertThat(messages(result)).containsExactly("The document uses 3 aliases; this service accepts at most 2.");
    }

    @Test
    void aQueryWithinEveryLimitRuns() {
        var result = run(limits(10_000, 15, 200_000, 50), "{ a: themes(first: 5) { totalCount } }");
        assertThat(messages(result)).noneMatch(message -> message.contains("this service"));
    }

    /** The cost of a query, read from the message of a limit of zero. */
    private static int cost(String query) {
        var message = messages(run(limits(10_000, 50, 0, 50), query)).get(0);
        var matcher = java.util.regex.Pattern.compile("about (\\d+) values").matcher(message);
        assertThat(matcher.find()).as(message).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static ExecutionResult run(GraphQLLimits limits, String query) {
        var graphql = GraphQL.newGraphQL(SelectedFields.SCHEMA)
                .instrumentation(new ChainedInstrumentation(QueryLimits.instrumentations(limits)))
                .build();
        return graphql.execute(query);
    }

    private static List<String> messages(ExecutionResult result) {
        return result.getErrors().stream().map(GraphQLError::getMessage).toList();
    }

    private static GraphQLLimits limits(int maxTokens, int maxDepth, int maxComplexity, int maxAliases) {
        return new GraphQLLimits() {
            @Override
            public long maxRequestBytes() {
                return 65_536;
            }

            @Override
            public int maxTokens() {
                return maxTokens;
            }

            @Override
            public int maxDepth() {
                return maxDepth;
            }

            @Override
            public int maxComplexity() {
                return maxComplexity;
            }

            @Override
            public int maxAliases() {
                return maxAliases;
            }

            @Override
            public Duration requestTimeout() {
                return Duration.ofSeconds(15);
            }
        };
    }
}
