package nl.veiligegemeente.api;

import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.introspection.GoodFaithIntrospection;
import graphql.parser.ParserOptions;

/**
 * Puts this service's own steps into SmallRye's graphql-java engine: the document cache, the
 * {@link GraphQLLimits}, the {@link RequestDeadline} and the instrumentation that gives every error its code. This chain
 * replaces SmallRye's, so its own depth and complexity settings do not apply.
 */
@ApplicationScoped
public class GraphQLPipeline {

    private final GraphQLLimits limits;

    GraphQLPipeline(GraphQLLimits limits) {
        this.limits = limits;
    }

    GraphQL.Builder configure(@Observes GraphQL.Builder builder) {
        ParserOptions.setDefaultOperationParserOptions(QueryLimits.parserOptions(limits));
        // graphql-java refuses a second __type in one document as "bad faith"; the limits on depth, cost
        // and aliases bound introspection like any other query, so reasonable introspection may run.
        GoodFaithIntrospection.enabledJvmWide(false);
        var cache = new DocumentCache();
        var chain = new ArrayList<Instrumentation>(QueryLimits.instrumentations(limits));
        chain.add(new RequestDeadline(limits.requestTimeout()));
        chain.add(new ErrorCodes());
        return builder
                .preparsedDocumentProvider(cache)
                .instrumentation(new ChainedInstrumentation(chain));
    }
}
