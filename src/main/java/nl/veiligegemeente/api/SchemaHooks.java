package nl.veiligegemeente.api;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands the schema and the engine SmallRye builds to this service's own steps: the schema to
 * {@link SchemaConventions}, the engine to the {@link GraphQLPipeline}. A
 * SmallRye service rather than CDI observers, so that SmallRye's CDI events can stay switched off:
 * with them on, SmallRye fires events around every field it resolves, which nothing here observes.
 */
public final class SchemaHooks implements EventingService {

    /** No configuration key: the hooks always run. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return Arc.container().instance(SchemaConventions.class).get().apply(builder);
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return Arc.container().instance(GraphQLPipeline.class).get().configure(builder);
    }
}
