package nl.veiligegemeente.publishing;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import nl.veiligegemeente.api.ApiException;
import nl.veiligegemeente.api.ErrorCode;
import nl.veiligegemeente.publishing.accounts.Accounts;
import nl.veiligegemeente.publishing.accounts.Principal;

/**
 * Who sends the current request: the bearer token of its {@code Authorization} header, checked
 * against the accounts only when the request writes (reads stay anonymous and cost no lookup).
 */
@RequestScoped
public class Caller {

    private static final String BEARER = "bearer ";

    private final Accounts accounts;
    private String authorization;
    private Principal principal;

    Caller(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Remembers the request's {@code Authorization} header (null when it has none). */
    public void presented(String authorizationHeader) {
        this.authorization = authorizationHeader;
        this.principal = null;
    }

    /** The account behind the token; {@link ErrorCode#UNAUTHENTICATED} without a valid one. */
    public Principal principal() {
        if (principal == null) {
            principal = accounts.authenticate(token());
        }
        return principal;
    }

    private String token() {
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
