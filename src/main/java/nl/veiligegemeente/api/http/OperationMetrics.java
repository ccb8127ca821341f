package nl.veiligegemeente.api.http;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * Prometheus metrics of the GraphQL endpoint: per operation (name and type) a latency histogram,
 * which counts the requests too, and a count of errors by {@code extensions.code}. Meters are created
 * once per operation and reused; operation names come from clients, so past {@link #MAX_OPERATIONS}
 * distinct names new ones are counted as {@code other}.
 */
@ApplicationScoped
public class OperationMetrics {

    static final String REQUESTS = "vgn.graphql.requests";
    static final String ERRORS = "vgn.graphql.errors";
    static final int MAX_OPERATIONS = 200;

    private static final String STARTED = OperationMetrics.class.getName() + ".started";
    private static final String OPERATION = OperationMetrics.class.getName() + ".operation";
    private static final Operation UNPARSED = new Operation("unknown", "unknown");
    private static final String OTHER = "other";
    private static final String OTHER_CODE = "OTHER";
    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final MeterRegistry registry;
    private final Map<Operation, Timer> timers = new ConcurrentHashMap<>();
    private final Map<Operation, Map<String, Counter>> errors = new ConcurrentHashMap<>();

    OperationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Marks the start of a request. */
    private Operation record(RoutingContext context) {
        Long started = context.get(STARTED);
        Operation named = context.get(OPERATION);
        var operation = bounded(named == null ? UNPARSED : named);
        if (started != null) {
            timers.computeIfAbsent(operation, this::timer).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        return operation;
    }

    void started(RoutingContext context) {
        context.put(STARTED, System.nanoTime());
    }

    /** Names the operation a request runs, once its document has been parsed. */
    void operation(RoutingContext context, String name, String type) {
        context.put(OPERATION, new Operation(name == null ? "anonymous" : name, type));
    }

    /** Records a finished request with the errors of its response. */
    /** Records the time of a request answered without errors. */
    void finished(RoutingContext context) {
        record(context);
    }

    void finished(RoutingContext context, JsonObject response) {
        var operation = record(context);
        var errorList = response.getJsonArray("errors");
        if (errorList == null) {
            return;
        }
        for (var error : errorList) {
            var code = codeOf(error);
            errors.computeIfAbsent(operation, key -> new ConcurrentHashMap<>())
                    .computeIfAbsent(code, key -> Counter.builder(ERRORS)
                            .description("GraphQL errors by extensions.code")
                            .tags("operation", operation.name(), "type", operation.type(), "code", key)
                            .register(registry))
                    .increment();
        }
    }

    private Operation bounded(Operation operation) {
        return timers.containsKey(operation) || timers.size() < MAX_OPERATIONS
                ? operation : new Operation(OTHER, operation.type());
    }

    private Timer timer(Operation operation) {
        return Timer.builder(REQUESTS)
                .description("GraphQL requests by operation: count and latency")
                .tags("operation", operation.name(), "type", operation.type())
                .publishPercentileHistogram()
                .register(registry);
    }

    /** The error's code when it is one of this API's codes, else {@code OTHER}: the tag's values stay bounded. */
    private static String codeOf(JsonValue error) {
        if (error instanceof JsonObject object && object.get("extensions") instanceof JsonObject extensions
                && extensions.get("code") instanceof JsonString code) {
            return CODES.contains(code.getString()) ? code.getString() : OTHER_CODE;
        }
        return OTHER_CODE;
    }

    private record Operation(String name, String type) {
    }
}
