package nl.veiligegemeente.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * With {@code vgn.health.details=false}, the health endpoints say only UP or DOWN (with 200 or
 * 503), not which checks ran and what they saw (database addresses, versions), which is for
 * operators, not for everyone who can reach the service.
 */
@ApplicationScoped
public class HealthDetails {

    /** Ahead of SmallRye Health's own routes. */
    private static final int ORDER = -100;

    private final SmallRyeHealthReporter reporter;
    private final boolean details;

    HealthDetails(SmallRyeHealthReporter reporter, @ConfigProperty(name = "vgn.health.details") boolean details) {
        this.reporter = reporter;
        this.details = details;
    }

    void register(@Observes Router router) {
        if (!details) {
            router.routeWithRegex("/q/health(/live|/ready|/started)?/?").order(ORDER).handler(this::statusOnly);
        }
    }

    private void statusOnly(RoutingContext context) {
        var path = context.normalizedPath();
        Uni<SmallRyeHealth> health = path.contains("/live") ? reporter.getLivenessAsync()
                : path.contains("/ready") ? reporter.getReadinessAsync()
                : path.contains("/started") ? reporter.getStartupAsync()
                : reporter.getHealthAsync();
        health.subscribe().with(result -> context.response()
                .setStatusCode(result.isDown() ? 503 : 200)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                .end(Json.createObjectBuilder().add("status", result.getStatus().name()).build().toString()),
                context::fail);
    }
}
