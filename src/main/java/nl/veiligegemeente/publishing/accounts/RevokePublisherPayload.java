package nl.veiligegemeente.publishing.accounts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The revoked account. */
@Description("The account whose token no longer works.")
public record RevokePublisherPayload(@NonNull @Description("The revoked account.") Publisher publisher) {
}
