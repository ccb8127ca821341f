package nl.veiligegemeente.schema;

/** The stable {@code extensions.code} of every GraphQL error this API returns. */
public enum ErrorCode {
    /** The HTTP request is not a GraphQL request: not JSON, no query, a wrong method or media type. */
    BAD_REQUEST,
    /** The request is not a well-formed GraphQL document. */
    GRAPHQL_PARSE_FAILED,
    /** The document does not fit the schema: unknown field, wrong variable type, missing argument. */
    GRAPHQL_VALIDATION_FAILED,
    /** An argument or input value is not acceptable: a bad cursor, a page too large, a missing title. */
    VALIDATION,
    /** The request is larger or deeper than this service answers. */
    LIMIT_EXCEEDED,
    /** The thing to change does not exist. */
    NOT_FOUND,
    /** A write without a valid bearer token. */
    UNAUTHENTICATED,
    /** A write the token's publisher may not make. */
    FORBIDDEN,
    /** A write based on a version that is no longer the current one. */
    VERSION_CONFLICT,
    /** The request ran longer than this service spends on one (a request or a database transaction timeout). */
    TIMEOUT,
    /** Too many failed authentications from this client: wait for the time in the {@code Retry-After} header. */
    RATE_LIMITED,
    /**
     * Something the request needs cannot be reached right now (a token this replica never confirmed, while
     * the account store is down); nothing was changed: try again after the seconds in {@code Retry-After}.
     */
    UNAVAILABLE,
    /** The write a request's consistency token names did not become visible within the bounded wait. */
    CONSISTENCY_TIMEOUT,
    /** Something failed inside the service; the message carries a reference to its log entry. */
    INTERNAL
}
