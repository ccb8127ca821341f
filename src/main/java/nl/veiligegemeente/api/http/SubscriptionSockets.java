package nl.veiligegemeente.api.http;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Closes the WebSocket connections of subscriptions (a close frame, code 1000) as soon as the service
 * stops. Their streams complete then (see {@code LiveJournal}), but a graphql-transport-ws client keeps
 * its socket for the next subscription and would subscribe again on the replica that is stopping;
 * closed, it reconnects through the load balancer to a ready one and resumes from its last cursor.
 */
@ApplicationScoped
public class SubscriptionSockets {

    /** Ahead of the GraphQL endpoint, which lets upgrades through to SmallRye's WebSocket handler. */
    private static final int ORDER = -150;

    private static final Logger LOG = Logger.getLogger(SubscriptionSockets.class);

    /** Held weakly: a connection that closed and was let go of leaves the set by itself. */
    private final Set<HttpConnection> connections = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    void register(@Observes Router router) {
        router.route(GraphQLEndpoint.PATH).order(ORDER).handler(this::remember);
    }

    private void remember(RoutingContext context) {
        if (GraphQLEndpoint.isWebSocketUpgrade(context)) {
            connections.add(context.request().connection());
        }
        context.next();
    }

    /** As soon as the shutdown delay starts: readiness is DOWN, so the clients reconnect elsewhere. */
    void stopping(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) ShutdownDelayInitiatedEvent event) {
        closeAll();
    }

    /** The same when there is no shutdown delay. */
    void stop(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) ShutdownEvent event) {
        closeAll();
    }

    private void closeAll() {
        List<HttpConnection> open;
        synchronized (connections) {
            open = List.copyOf(connections);
            connections.clear();
        }
        if (!open.isEmpty()) {
            LOG.infof("Closing %d WebSocket connection(s) of subscriptions: their clients resume on another replica", open.size());
            open.forEach(HttpConnection::close);
        }
    }
}
