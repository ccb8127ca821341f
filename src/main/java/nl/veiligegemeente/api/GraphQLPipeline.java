package nl.veiligegemeente.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.introspection.GoodFaithIntrospection;
import graphql.parser.ParserOptions;
import io.quarkus.arc.All;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import nl.veiligegemeente.api.prefetched.PlannedMutation;
import nl.veiligegemeente.api.prefetched.PlannedRootField;
import nl.veiligegemeente.api.prefetched.PrefetchingMutationStrategy;
import nl.veiligegemeente.api.prefetched.PrefetchingQueryStrategy;
import nl.veiligegemeente.api.prefetched.ReadFailures;
import nl.veiligegemeente.graph.Graph;
import nl.veiligegemeente.graph.RecentReads;
import nl.veiligegemeente.graph.model.GraphModel;

/**
 * Puts this service's own steps into SmallRye's graphql-java engine, after SmallRye's own (among them
 * the cache of parsed and validated documents, which SmallRye also reads to learn a request's
 * operation): the {@link GraphQLLimits}, the {@link RequestDeadline}, the {@link ReadFailures} of planned
 * reads, the instrumentation that gives
 * every error its code, the query strategy that answers graph reads from their prefetched rows, and
 * the mutation strategy that answers a {@link PlannedMutation} from the row of the node it wrote.
 */
@ApplicationScoped
@Unremovable
public class GraphQLPipeline {

    private final GraphQLLimits limits;
    private final PrefetchingQueryStrategy queries;
    private final PrefetchingMutationStrategy mutations;

    GraphQLPipeline(GraphQLLimits limits, Graph graph, RecentReads recentReads, GraphModel model,
            @All List<PlannedRootField> plannedFields, @All List<PlannedMutation> plannedMutations) {
        this.limits = limits;
        this.queries = new PrefetchingQueryStrategy(new ExceptionHandler(), graph, recentReads, model, plannedFields);
        this.mutations = new PrefetchingMutationStrategy(new ExceptionHandler(), graph, model, plannedMutations);
    }

    /** The strategy that answers queries from prefetched rows, with the plans it keeps. */
    public PrefetchingQueryStrategy queries() {
        return queries;
    }

    GraphQL.Builder configure(GraphQL.Builder builder) {
        ParserOptions.setDefaultOperationParserOptions(QueryLimits.parserOptions(limits));
        // graphql-java refuses a second __type in one document as "bad faith"; the limits on depth, cost
        // and aliases bound introspection like any other query, so reasonable introspection may run.
        GoodFaithIntrospection.enabledJvmWide(false);
        var chain = new ArrayList<Instrumentation>();
        chain.add(builder.build().getInstrumentation());
        chain.addAll(QueryLimits.instrumentations(limits));
        chain.add(new RequestDeadline(limits.requestTimeout()));
        chain.add(new ReadFailures());
        chain.add(new ErrorCodes());
        return builder
                .instrumentation(new ChainedInstrumentation(chain))
                .queryExecutionStrategy(queries)
                .mutationExecutionStrategy(mutations);
    }
}
