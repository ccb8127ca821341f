package nl.veiligegemeente.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;

/**
 * Puts this service's own steps into SmallRye's graphql-java engine: the document cache and the
 * instrumentation that gives every error its code.
 */
@ApplicationScoped
public class GraphQLPipeline {

    GraphQL.Builder configure(@Observes GraphQL.Builder builder) {
        var cache = new DocumentCache();
        return builder
                .preparsedDocumentProvider(cache)
                .instrumentation(new ChainedInstrumentation(new ErrorCodes()));
    }
}
