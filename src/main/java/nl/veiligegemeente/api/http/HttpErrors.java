package nl.veiligegemeente.api.http;

import jakarta.json.Json;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import nl.veiligegemeente.schema.ErrorCode;

/** Answers a request that is refused before any GraphQL runs with a GraphQL error body: its message and code. */
final class HttpErrors {

    /** The {@code Retry-After} of an {@link ErrorCode#UNAVAILABLE} answer: about the time an embedded PostgreSQL takes to be started again. */
    static final String UNAVAILABLE_RETRY_AFTER_SECONDS = "10";

    private HttpErrors() {
    }

    static void send(RoutingContext context, int status, ErrorCode code, String message) {
        var type = MediaTypes.negotiate(context.request().getHeader(HttpHeaders.ACCEPT)).orElse(MediaTypes.JSON);
        var body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", message)
                .add("extensions", Json.createObjectBuilder().add("code", code.name())))).build();
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type.contentType())
                .end(body.toString());
    }
}
