package nl.veiligegemeente.api;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/**
 * What one GraphQL request may ask of this service ({@code vgn.graphql.*}); the defaults and what
 * they admit are in application.properties and the README.
 */
@ConfigMapping(prefix = "vgn.graphql")
public interface GraphQLLimits {

    /** The largest request body (document and variables) the endpoint reads, in bytes. */
    long maxRequestBytes();

    /** The most grammar tokens a document may have. */
    int maxTokens();

    /** The deepest nesting of fields a query may have. */
    int maxDepth();

    /** The highest cost a query may have, under {@link QueryCost}. */
    int maxComplexity();

    /** The most aliased fields a document may have. */
    int maxAliases();

    /** How long a request may run: root fields not started by then are answered with TIMEOUT. */
    Duration requestTimeout();
}
