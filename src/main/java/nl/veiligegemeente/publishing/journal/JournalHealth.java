package nl.veiligegemeente.publishing.journal;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.Wellness;

/**
 * The journal in {@code /q/health} (and {@code /q/health/well}): how many entries wait in the
 * outbox and how many were set aside; DOWN while any entry is set aside, which needs an admin. Not
 * a liveness or readiness check: a restart or less traffic would not help.
 */
@Wellness
@ApplicationScoped
public class JournalHealth implements HealthCheck {

    private final Outbox outbox;

    JournalHealth(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public HealthCheckResponse call() {
        var counts = outbox.counts();
        return HealthCheckResponse.named("journal")
                .status(counts.setAside() == 0)
                .withData("waiting", counts.waiting())
                .withData("setAside", counts.setAside())
                .build();
    }
}
