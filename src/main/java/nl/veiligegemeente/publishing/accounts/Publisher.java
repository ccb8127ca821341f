package nl.veiligegemeente.publishing.accounts;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An account as admins see it: never with its token. */
@Description("An account that may write: a publisher of one municipality, an editor or an admin. Its token is never shown again after creation.")
public record Publisher(
        @NonNull @Id @Description("The account's id.") String id,
        @NonNull @Description("Who the account is for, such as 'Gemeente Maastricht, team Veiligheid'.") String name,
        @NonNull @Description("What the account may write.") Role role,
        @Description("The municipality a publisher writes for (CBS code); null for editors and admins.") String municipalityCode,
        @NonNull @Description("When the account was created.") OffsetDateTime createdAt,
        @NonNull @Description("Who created the account.") String createdBy,
        @Description("When the account's token was last used; null when never.") OffsetDateTime lastUsedAt,
        @Description("When the account was revoked; null while its token works.") OffsetDateTime revokedAt) {

    static Publisher of(Account account) {
        return new Publisher(account.id.toString(), account.name, account.role, account.municipalityCode,
                account.createdAt, account.createdBy, account.lastUsedAt, account.revokedAt);
    }
}
