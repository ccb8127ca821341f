package nl.veiligegemeente.publishing.accounts;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Who makes a change: an account, or the bootstrap admin of the configuration. A publisher is
 * bound to one municipality ({@code municipalityCode}); editors and admins are not.
 */
@Description("Who writes: the account behind a token, or the bootstrap admin of the configuration.")
public record Principal(
        @NonNull @Id @Description("The account's id; 'bootstrap-admin' for the configured admin token.") String id,
        @NonNull @Description("Who the account is for.") String name,
        @NonNull @Description("What the account may write.") Role role,
        @Description("The municipality a publisher writes for (CBS code); null for editors and admins.") String municipalityCode) {

    /** Whoever presents the configured bootstrap admin token. */
    public static final Principal BOOTSTRAP_ADMIN = new Principal("bootstrap-admin", "Bootstrap admin (configuration)",
            Role.ADMIN, null);

    public boolean is(Role other) {
        return role == other;
    }
}
