package nl.veiligegemeente.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GraphQL client over WebSocket speaking {@code graphql-transport-ws} (connection_init,
 * connection_ack, subscribe, next, error, complete) with the JDK's WebSocket; every wait is bounded.
 */
public final class GraphQLWebSocket implements AutoCloseable {

    /** How long any one message may take to arrive. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MESSAGE = new TypeReference<>() {
    };

    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private GraphQLWebSocket(URI uri, Map<String, String> headers) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .connectTimeout(WAIT);
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, new Listener()).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /**
     * Opens a connection to the service's {@code /graphql} (given as its http URI), sends
     * connection_init with the payload and waits for connection_ack.
     */
    public static GraphQLWebSocket connect(URI graphql, Map<String, Object> initPayload) {
        return connect(graphql, Map.of(), initPayload);
    }

    /** As {@link #connect(URI, Map)}, with headers on the upgrade request. */
    public static GraphQLWebSocket connect(URI graphql, Map<String, String> headers, Map<String, Object> initPayload) {
        var client = new GraphQLWebSocket(URI.create(graphql.toString().replaceFirst("^http", "ws")), headers);
        client.send(Map.of("type", "connection_init", "payload", initPayload));
        var ack = client.next();
        if (!"connection_ack".equals(ack.get("type"))) {
            throw new AssertionError("Expected connection_ack, got " + ack);
        }
        return client;
    }

    /** Starts an operation under the given id. */
    public void subscribe(String id, String query, Map<String, Object> variables) {
        send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query, "variables", new HashMap<>(variables))));
    }

    /** The next message from the service, after answering its pings; fails after {@link #WAIT}. */
    public Map<String, Object> next() {
        try {
            var deadline = System.nanoTime() + WAIT.toNanos();
            var message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            while (message != null && "ping".equals(message.get("type"))) {
                send(Map.of("type", "pong"));
                message = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            if (message == null) {
                throw new AssertionError("No message from the service within " + WAIT);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a message", e);
        }
    }

    /**
     * The errors of the next message: an {@code error} message (the operation did not start) or a
     * {@code next} message with errors (the stream ended with one).
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> nextErrors() {
        var message = next();
        var payload = message.get("payload");
        var errors = "error".equals(message.get("type")) ? payload
                : "next".equals(message.get("type")) ? ((Map<String, Object>) payload).get("errors") : null;
        if (!(errors instanceof List<?> list) || list.isEmpty()) {
            throw new AssertionError("Expected errors, got " + message);
        }
        return (List<Map<String, Object>>) errors;
    }

    /** The payload of the next message, which must be a {@code next} message. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> nextPayload() {
        var message = next();
        if (!"next".equals(message.get("type"))) {
            throw new AssertionError("Expected a next message, got " + message);
        }
        return (Map<String, Object>) message.get("payload");
    }

    private void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        }
        socket.abort();
    }

    /** Collects whole text messages; a close from the service becomes a message of type {@code closed}. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readValue(partial.toString(), MESSAGE));
                } catch (JsonProcessingException e) {
                    received.add(Map.of("type", "unreadable", "text", partial.toString()));
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            received.add(Map.of("type", "closed", "code", statusCode, "reason", reason));
            return null;
        }
    }
}
