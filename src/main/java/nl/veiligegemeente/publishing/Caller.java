package nl.veiligegemeente.publishing;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.publishing.accounts.Accounts;
import nl.veiligegemeente.publishing.accounts.Principal;

/**
 * Who sends the current request: the bearer token of its {@code Authorization} header, checked
 * against the accounts only when the request writes (reads stay anonymous and cost no lookup).
 * A header that authenticates no one is reported once per request as {@link AuthenticationFailed}.
 */
@RequestScoped
public class Caller {

    private static final String BEARER = "bearer ";

    private final Accounts accounts;
    // The event is looked up only when a token fails: an injected Event would be made for every request.
    private final BeanManager beans;
    private String authorization;
    private Principal principal;
    private boolean failureReported;

    Caller(Accounts accounts, BeanManager beans) {
        this.accounts = accounts;
        this.beans = beans;
    }

    /** Remembers the request's {@code Authorization} header (null when it has none). */
    public void presented(String authorizationHeader) {
        this.authorization = authorizationHeader;
        this.principal = null;
        this.failureReported = false;
    }

    /** The account behind the token; {@link ErrorCode#UNAUTHENTICATED} without a valid one. */
    public Principal principal() {
        if (principal == null) {
            try {
                principal = accounts.authenticate(token());
            } catch (ApiException refused) {
                if (refused.code() == ErrorCode.UNAUTHENTICATED && authorization != null && !failureReported) {
                    failureReported = true;
                    beans.getEvent().select(AuthenticationFailed.class).fire(new AuthenticationFailed());
                }
                throw refused;
            }
        }
        return principal;
    }

    private String token() {
        return bearerToken(authorization);
    }

    /** The token of an {@code Authorization} header; {@link ErrorCode#UNAUTHENTICATED} when it holds none. */
    public static String bearerToken(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "Writing needs a token: send it as the header "
                    + "'Authorization: Bearer <token>'. An admin creates one for you with createPublisher.");
        }
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
                || authorization.substring(BEARER.length()).isBlank()) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED,
                    "The Authorization header must read 'Bearer <token>'.");
        }
        return authorization.substring(BEARER.length()).trim();
    }
}
