package nl.veiligegemeente.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * Refuses a request whose address (414) or headers (431) are longer than this service reads, with
 * a GraphQL error that says so. The HTTP server itself reads somewhat more
 * ({@code quarkus.http.limits.*}), so that these limits, not its bare status without a body,
 * answer all but absurdly long requests.
 */
@ApplicationScoped
public class RequestSizes {

    /** Ahead of every other route, the GraphQL endpoint's included. */
    private static final int ORDER = -300;

    private final int maxUrlLength;
    private final int maxHeaderBytes;

    RequestSizes(@ConfigProperty(name = "vgn.http.max-url-length") int maxUrlLength,
            @ConfigProperty(name = "vgn.http.max-header-bytes") int maxHeaderBytes) {
        this.maxUrlLength = maxUrlLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        var request = context.request();
        if (request.uri().length() > maxUrlLength) {
            HttpErrors.send(context, 414, ErrorCode.LIMIT_EXCEEDED, "The request's address is " + request.uri().length()
                    + " characters long, more than the " + maxUrlLength + " this service reads. Send a long query with POST.");
            return;
        }
        var headerBytes = request.headers().entries().stream()
                .mapToLong(header -> header.getKey().length() + header.getValue().length() + 4L)
                .sum();
        if (headerBytes > maxHeaderBytes) {
            HttpErrors.send(context, 431, ErrorCode.LIMIT_EXCEEDED, "The request's headers take " + headerBytes
                    + " bytes, more than the " + maxHeaderBytes + " this service reads. Send fewer or shorter headers.");
            return;
        }
        context.next();
    }
}
