package nl.veiligegemeente.publishing.accounts;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Permissions;
import nl.veiligegemeente.publishing.journal.Action;
import nl.veiligegemeente.publishing.journal.Journal;
import nl.veiligegemeente.publishing.journal.JournalRecord;
import nl.veiligegemeente.publishing.write.NodeChanges;

/**
 * The accounts that may write and their tokens: authentication of a bearer token, and the admin
 * operations to create, list and revoke accounts. Each account change is journaled in its own
 * PostgreSQL transaction.
 */
@ApplicationScoped
public class Accounts {

    static final String ENTITY_TYPE = "Publisher";

    private static final Logger LOG = Logger.getLogger(Accounts.class);

    private final Optional<String> bootstrapTokenHash;
    private final Journal journal;
    private final NodeChanges changes;
    private final VerifiedTokens verifiedTokens;
    private final LastUses lastUses;
    private final Event<VerifiedTokens.Revoked> revocations;

    Accounts(@ConfigProperty(name = "vgn.admin-token") Optional<String> bootstrapToken, Journal journal,
            NodeChanges changes, VerifiedTokens verifiedTokens, LastUses lastUses, Event<VerifiedTokens.Revoked> revocations) {
        this.bootstrapTokenHash = bootstrapToken.filter(token -> !token.isBlank()).map(Tokens::hash);
        this.journal = journal;
        this.changes = changes;
        this.verifiedTokens = verifiedTokens;
        this.lastUses = lastUses;
        this.revocations = revocations;
    }

    void announce(@Observes StartupEvent event) {
        if (bootstrapTokenHash.isPresent()) {
            LOG.info("A bootstrap admin token is configured (vgn.admin-token / VGN_ADMIN_TOKEN)");
        } else {
            LOG.info("No bootstrap admin token configured (VGN_ADMIN_TOKEN): only the accounts in the database can write");
        }
    }

    /**
     * The principal behind a token, noting when the token was used; {@link ErrorCode#UNAUTHENTICATED}
     * for an unknown or revoked one. A token PostgreSQL confirmed a moment ago is not looked up again
     * (see {@link VerifiedTokens}), so that writing goes on while PostgreSQL is down; a token it never
     * confirmed gets {@link ErrorCode#UNAVAILABLE} then.
     */
    public Principal authenticate(String token) {
        var hash = Tokens.hash(token);
        if (bootstrapTokenHash.isPresent() && Tokens.sameHash(hash, bootstrapTokenHash.get())) {
            return Principal.BOOTSTRAP_ADMIN;
        }
        var principal = verifiedTokens.fresh(hash).orElseGet(() -> lookUp(hash));
        lastUses.used(UUID.fromString(principal.id()));
        return principal;
    }

    private Principal lookUp(String hash) {
        Account account;
        try {
            account = QuarkusTransaction.requiringNew().call(() -> Account.byTokenHash(hash));
        } catch (RuntimeException failure) {
            if (!isUnreachable(failure)) {
                throw failure;
            }
            var lastKnown = verifiedTokens.lastKnown(hash);
            if (lastKnown.isPresent()) {
                LOG.warnf("Accounts cannot be read (%s): trusting a token confirmed earlier", failure.getMessage());
                return lastKnown.get();
            }
            LOG.warnf("Accounts cannot be read (%s): a token not confirmed before cannot be checked", failure.getMessage());
            throw new ApiException(ErrorCode.UNAVAILABLE, "Your token cannot be checked right now: the account store "
                    + "is unreachable. Nothing was changed; try again in a moment.");
        }
        if (account == null) {
            verifiedTokens.forget(hash);
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "This token is not known. Check that you copied it whole, "
                    + "or ask an admin for a new one.");
        }
        if (account.revokedAt != null) {
            verifiedTokens.forget(hash);
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "This token was revoked on " + account.revokedAt
                    + ". Ask an admin for a new one.");
        }
        verifiedTokens.confirmed(hash, account.principal());
        return account.principal();
    }

    /** Whether a failure to read the accounts came from the database connection (a SQL error somewhere in its causes). */
    private static boolean isUnreachable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** Creates an account; the token in the result is shown this once and kept only as a hash. */
    @Transactional
    public CreatePublisherPayload create(Principal admin, CreatePublisherInput input) {
        Permissions.checkAdmin(admin, "create accounts");
        if ((input.role() == Role.PUBLISHER) != (input.municipalityCode() != null)) {
            throw ApiException.validation("A PUBLISHER needs a municipalityCode, and only a PUBLISHER has one.");
        }
        if (input.municipalityCode() != null && !changes.exists(NetworkModel.MUNICIPALITY, input.municipalityCode())) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no municipality " + input.municipalityCode()
                    + " in the network.");
        }
        var token = Tokens.generate();
        var account = new Account();
        account.id = UUID.randomUUID();
        account.name = input.name().strip();
        account.role = input.role();
        account.municipalityCode = input.municipalityCode();
        account.tokenHash = Tokens.hash(token);
        account.createdAt = OffsetDateTime.now();
        account.createdBy = admin.name();
        account.persist();
        journal.appendWithinTransaction(JournalRecord.of(admin, "createPublisher", Action.CREATED, ENTITY_TYPE,
                account.id.toString(), account.name, account.municipalityCode, null, null,
                List.of("name", "role", "municipalityCode")));
        return new CreatePublisherPayload(Publisher.of(account), token);
    }

    /** Revokes an account's token; revoking a revoked account changes nothing. */
    @Transactional
    public Publisher revoke(Principal admin, String id) {
        Permissions.checkAdmin(admin, "revoke accounts");
        var account = find(id);
        if (account.revokedAt == null) {
            account.revokedAt = OffsetDateTime.now();
            revocations.fire(new VerifiedTokens.Revoked(account.tokenHash));
            journal.appendWithinTransaction(JournalRecord.of(admin, "revokePublisher", Action.REVOKED, ENTITY_TYPE,
                    account.id.toString(), account.name, account.municipalityCode, null, null, List.of("revokedAt")));
        }
        return Publisher.of(account);
    }

    public List<Publisher> list(Principal admin) {
        Permissions.checkAdmin(admin, "list the accounts");
        lastUses.write();
        return Account.<Account>list("order by createdAt, id").stream().map(Publisher::of).toList();
    }

    private static Account find(String id) {
        Account account = null;
        try {
            account = Account.findById(UUID.fromString(id));
        } catch (IllegalArgumentException notAUuid) {
            // no account has such an id
        }
        if (account == null) {
            throw new ApiException(ErrorCode.NOT_FOUND, "There is no account with id '" + id + "'.");
        }
        return account;
    }
}
