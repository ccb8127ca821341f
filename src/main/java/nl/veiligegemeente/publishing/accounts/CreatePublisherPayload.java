package nl.veiligegemeente.publishing.accounts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The new account and its token, which is shown this once. */
@Description("The new account and its bearer token.")
public record CreatePublisherPayload(
        @NonNull @Description("The new account.") Publisher publisher,
        @NonNull @Description("The bearer token: shown only now, stored only as a hash. Send it as 'Authorization: Bearer <token>'.") String token) {
}
