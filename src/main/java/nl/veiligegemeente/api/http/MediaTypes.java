package nl.veiligegemeente.api.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two response media types of GraphQL over HTTP, and the choice between them by a request's Accept header. */
enum MediaTypes {
    /** The modern one: HTTP status codes carry meaning (4xx for requests that cannot run). */
    GRAPHQL_RESPONSE("application/graphql-response+json"),
    /** The legacy one: always 200 once the request is a GraphQL request. */
    JSON("application/json");

    private final String value;

    MediaTypes(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    String contentType() {
        return value + "; charset=utf-8";
    }

    /** Whether a request's Content-Type is exactly application/json, parameters such as charset allowed. */
    static boolean isJsonBody(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(JSON.value);
    }

    /** The media type to answer with, or empty when the client accepts neither (406). */
    static Optional<MediaTypes> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        var ranges = Arrays.stream(accept.split(","))
                .map(range -> range.split(";")[0].trim().toLowerCase(Locale.ROOT))
                .toList();
        for (var range : ranges) {
            if (range.equals(GRAPHQL_RESPONSE.value)) {
                return Optional.of(GRAPHQL_RESPONSE);
            }
            if (range.equals(JSON.value) || range.equals("application/*") || range.equals("*/*")) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }
}
