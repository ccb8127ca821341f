package nl.veiligegemeente.publishing.accounts;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Inputs;

/** The GraphQL fields through which admins manage the accounts, and anyone with a token sees their own. */
@GraphQLApi
public class AccountOperations {

    private final Accounts accounts;
    private final Caller caller;
    private final Inputs inputs;

    AccountOperations(Accounts accounts, Caller caller, Inputs inputs) {
        this.accounts = accounts;
        this.caller = caller;
        this.inputs = inputs;
    }

    @Mutation
    @NonNull
    @Description("Creates an account and its bearer token, which is shown only in this answer. Needs an admin token.")
    public CreatePublisherPayload createPublisher(@NonNull @Description("Who the account is for and what it may write.") CreatePublisherInput input) {
        input = inputs.check(input);
        return accounts.create(caller.principal(), input);
    }

    @Mutation
    @NonNull
    @Description("Revokes an account: its token stops working at once (on other replicas of the service within 30 seconds). Needs an admin token.")
    public RevokePublisherPayload revokePublisher(@NonNull @Id @Description("The account's id.") String id) {
        return new RevokePublisherPayload(accounts.revoke(caller.principal(), id));
    }

    @Query
    @NonNull
    @Description("All accounts, the oldest first, with when their tokens were last used. Needs an admin token.")
    public List<@NonNull Publisher> publishers() {
        return accounts.list(caller.principal());
    }

    @Query
    @NonNull
    @Description("Who the request's token belongs to: a way to check a token. UNAUTHENTICATED without a valid one.")
    public Principal me() {
        return caller.principal();
    }
}
