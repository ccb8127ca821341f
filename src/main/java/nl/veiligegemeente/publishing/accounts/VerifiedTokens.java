package nl.veiligegemeente.publishing.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Tokens PostgreSQL confirmed, by hash: trusted without asking again for {@code
 * vgn.accounts.token-cache-lifetime}, and, while PostgreSQL cannot be reached, for up to {@code
 * vgn.accounts.token-cache-outage-lifetime} after they were last confirmed. Revoking a token forgets
 * it here once the revocation commits; another replica trusts it until its own lifetime ends.
 */
@ApplicationScoped
class VerifiedTokens {

    private static final long MAX_TOKENS = 10_000;

    private final Duration lifetime;
    private final Cache<String, Verified> byHash;

    VerifiedTokens(@ConfigProperty(name = "vgn.accounts.token-cache-lifetime") Duration lifetime,
            @ConfigProperty(name = "vgn.accounts.token-cache-outage-lifetime") Duration outageLifetime) {
        this.lifetime = lifetime;
        this.byHash = Caffeine.newBuilder().maximumSize(MAX_TOKENS)
                .expireAfterWrite(lifetime.compareTo(outageLifetime) > 0 ? lifetime : outageLifetime).build();
    }

    /** The principal of a token confirmed within the lifetime. */
    Optional<Principal> fresh(String hash) {
        return Optional.ofNullable(byHash.getIfPresent(hash))
                .filter(verified -> verified.at().plus(lifetime).isAfter(Instant.now()))
                .map(Verified::principal);
    }

    /** The principal of a token confirmed within the outage lifetime: for when PostgreSQL cannot be asked. */
    Optional<Principal> lastKnown(String hash) {
        return Optional.ofNullable(byHash.getIfPresent(hash)).map(Verified::principal);
    }

    void confirmed(String hash, Principal principal) {
        byHash.put(hash, new Verified(principal, Instant.now()));
    }

    void forget(String hash) {
        byHash.invalidate(hash);
    }

    /** Forgets a revoked token once the revocation committed, so that no lookup before the commit can trust it again. */
    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) Revoked revoked) {
        forget(revoked.tokenHash());
    }

    /** A token was revoked. */
    record Revoked(String tokenHash) {
    }

    private record Verified(Principal principal, Instant at) {
    }
}
