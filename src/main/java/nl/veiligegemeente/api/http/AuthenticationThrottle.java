package nl.veiligegemeente.api.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.publishing.AuthenticationFailed;

/**
 * Slows down guessing tokens: a client address with {@code vgn.auth.max-failures} failed
 * authentications within {@code vgn.auth.failure-window} gets 429 with {@code Retry-After} for
 * every request that carries an {@code Authorization} header until that window ends. Anonymous
 * reads are never throttled. Behind a proxy, the address is the forwarded one only when
 * {@code quarkus.http.proxy.*} trusts the proxy.
 */
@ApplicationScoped
public class AuthenticationThrottle {

    /** After the request sizes, ahead of the GraphQL endpoint. */
    private static final int ORDER = -200;
    private static final String CLIENT = AuthenticationThrottle.class.getName() + ".client";
    /** Past this many addresses, windows that ended are forgotten, so the table stays small. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailures;
    private final long windowNanos;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    AuthenticationThrottle(@ConfigProperty(name = "vgn.auth.max-failures") int maxFailures,
            @ConfigProperty(name = "vgn.auth.failure-window") Duration window) {
        this.maxFailures = maxFailures;
        this.windowNanos = window.toNanos();
    }

    void register(@Observes Router router) {
        router.route("/graphql").order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        var client = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        ContextLocals.put(CLIENT, client);
        var window = windows.get(client);
        var now = System.nanoTime();
        if (context.request().getHeader(HttpHeaders.AUTHORIZATION) != null && window != null && window.blocks(now)) {
            var seconds = Math.max(1, Duration.ofNanos(window.end() - now).toSeconds() + 1);
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            HttpErrors.send(context, 429, ErrorCode.RATE_LIMITED, "Too many failed authentications from your address; "
                    + "try again in " + seconds + " s with a valid token.");
            return;
        }
        context.next();
    }

    void failed(@Observes AuthenticationFailed failure) {
        var client = ContextLocals.<String>get(CLIENT).orElse("unknown");
        var now = System.nanoTime();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(window -> now - window.end() > 0);
        }
        windows.compute(client, (address, window) -> window == null || now - window.end() > 0
                ? new Window(now + windowNanos, 1, maxFailures)
                : window.plusOne());
    }

    /** The failures of one address in the window that ends at {@code end} (in {@link System#nanoTime()}). */
    private record Window(long end, int failures, int maxFailures) {

        Window plusOne() {
            return new Window(end, failures + 1, maxFailures);
        }

        boolean blocks(long now) {
            return failures >= maxFailures && end - now > 0;
        }
    }
}
