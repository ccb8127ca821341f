package nl.veiligegemeente.publishing.journal;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonString;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import nl.veiligegemeente.schema.Edge;
import nl.veiligegemeente.network.NetworkModel;
import nl.veiligegemeente.publishing.Caller;
import nl.veiligegemeente.publishing.Permissions;
import nl.veiligegemeente.publishing.accounts.Accounts;

/**
 * The journal as GraphQL subscriptions over WebSocket: the public feed of approaches for anyone,
 * every change for editors and admins, each resumable from a cursor of the query of the same name.
 * The token comes from the {@code Authorization} entry of the {@code connection_init} payload, or
 * else from the {@code Authorization} header of the upgrade request.
 */
@GraphQLApi
public class JournalSubscriptions {

    /** Where SmallRye keeps the {@code connection_init} payload and the upgrade request's headers. */
    private static final String INIT_PAYLOAD = "init-payload";
    private static final String HTTP_HEADERS = "httpHeaders";
    private static final String AUTHORIZATION = "Authorization";

    private final LiveJournal live;
    private final Accounts accounts;
    private final Context context;

    JournalSubscriptions(LiveJournal live, Accounts accounts, Context context) {
        this.live = live;
        this.accounts = accounts;
        this.context = context;
    }

    @Subscription("approachFeed")
    @Description("The public feed of approaches, live: first the entries after `after` (a cursor of the approachFeed "
            + "query or of this subscription; all entries without one), then each entry as it is journaled, on whichever "
            + "replica. Retracted approaches are left out exactly as in the approachFeed query. Ends with null and an error when "
            + "it cannot go on (LIMIT_EXCEEDED: too far behind), and completes when the service stops: resume from the last cursor.")
    public Multi<Edge<ApproachFeedEntry>> approachFeedLive(
            @Description("Continue after this cursor: the last one received, or the `endCursor` of the approachFeed query.") String after) {
        var position = JournalQueries.afterPosition(after);
        var filter = new JournalStore.Filter(JournalQueries.BEGINNING, NetworkModel.APPROACH.label(), true);
        return live.follow(filter, position, () -> { }, ApproachFeedEntry::of);
    }

    @Subscription("changes")
    @Description("Every committed change, live: first those after `after` (a cursor of the changes query or of this "
            + "subscription), then each one as it is journaled. Needs an editor or admin token, sent as `Authorization` "
            + "in the connection_init payload (or as the upgrade request's header); a token revoked meanwhile ends it with null "
            + "and an error, as does falling too far behind (LIMIT_EXCEEDED).")
    public Multi<Edge<Change>> changesLive(
            @Description("Continue after this cursor: the last one received, or the `endCursor` of the changes query.") String after) {
        var position = JournalQueries.afterPosition(after);
        var authorization = authorization(context.unwrap(DataFetchingEnvironment.class));
        var filter = new JournalStore.Filter(JournalQueries.BEGINNING, null, false);
        Runnable access = () -> Permissions.checkJournalReader(accounts.authenticate(Caller.bearerToken(authorization)));
        // Checked on a worker thread before each read: looking the token up may block, and this runs on the event loop.
        return live.follow(filter, position, access, Change::of);
    }

    /** The {@code Authorization} value of the connection_init payload, else of the upgrade request; null when neither has one. */
    private static String authorization(DataFetchingEnvironment environment) {
        Map<String, ?> payload = environment.getGraphQlContext().get(INIT_PAYLOAD);
        var fromPayload = payload == null ? null : valueOf(payload);
        if (fromPayload != null) {
            return fromPayload;
        }
        Map<String, List<String>> headers = environment.getGraphQlContext().get(HTTP_HEADERS);
        return headers == null ? null : valueOf(headers);
    }

    private static String valueOf(Map<String, ?> entries) {
        for (var entry : entries.entrySet()) {
            if (AUTHORIZATION.equalsIgnoreCase(entry.getKey())) {
                var value = entry.getValue();
                if (value instanceof JsonString text) {
                    return text.getString();
                }
                if (value instanceof List<?> list && !list.isEmpty()) {
                    return String.valueOf(list.get(0));
                }
                return value == null ? null : String.valueOf(value);
            }
        }
        return null;
    }
}
