package nl.veiligegemeente.api.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.exceptions.ParseCancelledException;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.api.GraphQLLimits;
import nl.veiligegemeente.api.GraphQLPipeline;
import nl.veiligegemeente.api.QueryLimits;
import nl.veiligegemeente.api.prefetched.PrefetchedJson;
import nl.veiligegemeente.api.prefetched.PrefetchingQueryStrategy;
import nl.veiligegemeente.graph.ReadConsistency;
import nl.veiligegemeente.publishing.Caller;

/**
 * The GraphQL endpoint, following the GraphQL-over-HTTP specification: POST with a JSON body or
 * GET with query parameters (queries only), {@code application/graphql-response+json} for clients
 * that accept it, and a GraphQL error with a code, never a stack trace, for every request that
 * cannot run. Execution itself is SmallRye's, on a worker thread because reads block on Neo4j,
 * except for a query planned by an identical request before, which its plan answers directly; an
 * operation the prefetching strategies answered comes back as JSON to send as it is.
 * The request's {@code Authorization} header goes to the {@link Caller} of the request.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    /** Looked up once: {@code Json.create…} looks the provider up with a ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String PATH = "/graphql";
    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);
    /**
     * Outside production, tells how a query was executed (and a request may ask for field-by-field
     * execution), so tests can show that both ways answer the same.
     */
    static final String EXECUTION_HEADER = "X-VGN-Execution";
    static final String PREFETCHED = "prefetched";
    static final String FIELD_BY_FIELD = "field-by-field";

    private final ExecutionService executionService;
    private final Caller caller;
    private final GraphQLLimits limits;
    private final OperationMetrics metrics;
    private final ReadConsistency consistency;
    private final GraphQLPipeline pipeline;
    private final Cache<OperationKey, OperationDefinition.Operation> operationTypes = Caffeine.newBuilder()
            .maximumSize(500).build();

    GraphQLEndpoint(ExecutionService executionService, Caller caller, GraphQLLimits limits, OperationMetrics metrics,
            ReadConsistency consistency, GraphQLPipeline pipeline) {
        this.executionService = executionService;
        this.pipeline = pipeline;
        this.caller = caller;
        this.limits = limits;
        this.metrics = metrics;
        this.consistency = consistency;
    }

    void register(@Observes Router router) {
        // Ahead of SmallRye's own handlers on the same path, which then see only WebSocket upgrades
        // (subscriptions): those pass through this route unread.
        var body = BodyHandler.create().setBodyLimit(limits.maxRequestBytes());
        router.route(PATH).order(-100)
                .handler(context -> {
                    if (isWebSocketUpgrade(context)) {
                        context.next();
                    } else {
                        body.handle(context);
                    }
                })
                .blockingHandler(this::handle, false)
                .failureHandler(this::tooLarge);
    }

    static boolean isWebSocketUpgrade(RoutingContext context) {
        return context.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true);
    }

    /** The body handler fails a request whose body is over the limit with 413: say so as a GraphQL error. */
    private void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().headWritten()) {
            context.next();
            return;
        }
        var type = MediaTypes.negotiate(context.request().getHeader(HttpHeaders.ACCEPT)).orElse(MediaTypes.JSON);
        send(context, 413, type, errors("The request body is larger than " + limits.maxRequestBytes()
                + " bytes, more than this service reads. Send a smaller query or fewer variables.", ErrorCode.LIMIT_EXCEEDED));
    }

    private void handle(RoutingContext context) {
        if (isWebSocketUpgrade(context)) {
            context.next();
            return;
        }
        metrics.started(context);
        var requestContext = Arc.container().requestContext();
        var activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            caller.presented(context.request().getHeader(HttpHeaders.AUTHORIZATION));
            respond(context);
        } catch (RuntimeException unexpected) {
            var reference = UUID.randomUUID();
            LOG.errorf(unexpected, "Unexpected failure answering a GraphQL request (reference %s)", reference);
            send(context, 500, MediaTypes.JSON, errors("Internal error; the service log has the details under reference "
                    + reference, ErrorCode.INTERNAL));
        } finally {
            // SmallRye leaves the request's context on this worker thread; a REST request served on the
            // thread next would find it, and Bean Validation's locale lookup fails on it.
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private void respond(RoutingContext context) {
        var response = context.response();
        var mediaType = MediaTypes.negotiate(context.request().getHeader(HttpHeaders.ACCEPT));
        if (mediaType.isEmpty()) {
            send(context, 406, MediaTypes.JSON, errors("Accept application/graphql-response+json or application/json.",
                    ErrorCode.BAD_REQUEST));
            return;
        }
        var type = mediaType.get();
        try {
            var request = read(context);
            var operation = operationTypes.get(new OperationKey(request.query(), request.operationName()),
                    key -> operationOf(request, limits));
            metrics.operation(context, request.operationName(), operation.name().toLowerCase());
            if (context.request().method() == HttpMethod.GET && operation == OperationDefinition.Operation.MUTATION) {
                response.putHeader(HttpHeaders.ALLOW, "POST");
                throw new BadRequest(405, "Mutations are only accepted over POST.");
            }
            var token = context.request().getHeader(ReadConsistency.HEADER);
            if (token != null) {
                consistency.require(token);
            }
            execute(context, type, request, operation == OperationDefinition.Operation.MUTATION);
        } catch (ApiException refused) {
            send(context, type == MediaTypes.GRAPHQL_RESPONSE ? 400 : 200, type, errors(refused.getMessage(), refused.code()));
        } catch (BadRequest bad) {
            if (bad.status() == 405 && response.headers().get(HttpHeaders.ALLOW) == null) {
                response.putHeader(HttpHeaders.ALLOW, "GET, POST");
            }
            send(context, bad.status(), type, errors(bad.getMessage(), ErrorCode.BAD_REQUEST));
        } catch (ParseCancelledException tooLong) {
            send(context, type == MediaTypes.GRAPHQL_RESPONSE ? 400 : 200, type,
                    errors(QueryLimits.tooManyTokens(limits), ErrorCode.LIMIT_EXCEEDED));
        } catch (InvalidSyntaxException syntax) {
            var status = type == MediaTypes.GRAPHQL_RESPONSE ? 400 : 200;
            send(context, status, type, syntaxError(syntax));
        }
    }

    private static GraphQLRequest read(RoutingContext context) {
        var request = context.request();
        if (request.method() == HttpMethod.GET) {
            return GraphQLRequest.fromParameters(request.getParam(GraphQLRequest.QUERY),
                    request.getParam(GraphQLRequest.OPERATION_NAME), request.getParam(GraphQLRequest.VARIABLES));
        }
        if (request.method() != HttpMethod.POST) {
            throw new BadRequest(405, "Use POST, or GET for queries.");
        }
        var contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (!MediaTypes.isJsonBody(contentType)) {
            throw new BadRequest(415, "Send the request as application/json.");
        }
        return GraphQLRequest.fromJson(context.body().asString()).requireQuery();
    }

    /** A document and the name of the operation to run in it. */
    private record OperationKey(String query, String operationName) {
    }

    /** Parses the document only to learn its operation type, and to answer syntax errors with their location. */
    private static OperationDefinition.Operation operationOf(GraphQLRequest request, GraphQLLimits limits) {
        var document = Parser.parse(ParserEnvironment.newParserEnvironment()
                .document(request.query())
                .parserOptions(QueryLimits.parserOptions(limits))
                .build());
        var operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation -> request.operationName() == null
                        || request.operationName().equals(operation.getName()))
                .map(OperationDefinition::getOperation)
                .findFirst()
                .orElse(OperationDefinition.Operation.QUERY);
    }

    /**
     * Runs the request: a query planned before by an identical request is answered from its plan
     * straight away; anything else goes through SmallRye's execution, which plans queries it can.
     */
    private void execute(RoutingContext context, MediaTypes type, GraphQLRequest request, boolean mutation) {
        var diagnostics = LaunchMode.current() != LaunchMode.NORMAL;
        var fieldByField = diagnostics && FIELD_BY_FIELD.equals(context.request().getHeader(EXECUTION_HEADER));
        var planKey = new PrefetchingQueryStrategy.PlanKey(request.query(), request.operationName(),
                request.variables().toString());
        var executionContext = new HashMap<String, Object>();
        if (!mutation && !fieldByField) {
            var planned = pipeline.queries().answerPlanned(planKey, executionContext);
            if (planned.isPresent()) {
                if (diagnostics) {
                    context.response().putHeader(EXECUTION_HEADER, PREFETCHED);
                }
                send(context, type, planned.get(), null);
                return;
            }
        }
        // SmallRye's data fetchers ask whether they may block: here, on a worker thread, they may.
        executionContext.put("runBlocking", Boolean.TRUE);
        executionContext.put(PrefetchingQueryStrategy.PLAN_KEY, planKey);
        if (fieldByField) {
            executionContext.put(PrefetchingQueryStrategy.FIELD_BY_FIELD, Boolean.TRUE);
        }
        executionContext.put("httpHeaders", context.request().headers().entries().stream().collect(Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
        executionService.executeSync(request.toJson(), executionContext, (ExecutionResponse result) -> {
            var prefetched = result.getExecutionResult().getData() instanceof PrefetchedJson json
                    && result.getExecutionResult().getErrors().isEmpty() ? json : null;
            if (diagnostics) {
                context.response().putHeader(EXECUTION_HEADER, prefetched != null ? PREFETCHED : FIELD_BY_FIELD);
            }
            if (prefetched != null) {
                send(context, type, prefetched, mutation ? consistency.token() : null);
                return;
            }
            var json = mutation ? withConsistencyToken(result.getExecutionResultAsJsonObject())
                    : result.getExecutionResultAsJsonObject();
            var ranAtAll = json.containsKey("data");
            if (hasError(json, ErrorCode.UNAVAILABLE)) {
                // GraphQL over HTTP keeps a response with data at 200; the header still tells when to retry.
                context.response().putHeader(HttpHeaders.RETRY_AFTER, HttpErrors.UNAVAILABLE_RETRY_AFTER_SECONDS);
            }
            send(context, type == MediaTypes.GRAPHQL_RESPONSE && !ranAtAll ? 400 : 200, type, json);
        });
    }

    private static boolean hasError(JsonObject json, ErrorCode code) {
        return json.containsKey("errors") && json.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getJsonObject("extensions"))
                .anyMatch(extensions -> extensions != null && code.name().equals(extensions.getString("code", null)));
    }

    /** Adds the token of the mutation's committed write, if it wrote, for the client to send back on its next reads. */
    private JsonObject withConsistencyToken(JsonObject json) {
        var token = consistency.token();
        if (token == null) {
            return json;
        }
        var extensions = json.containsKey("extensions") ? JSON.createObjectBuilder(json.getJsonObject("extensions"))
                : JSON.createObjectBuilder();
        return JSON.createObjectBuilder(json).add("extensions", extensions.add("consistencyToken", token)).build();
    }

    private static JsonObject errors(String message, ErrorCode code) {
        return JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                .add("message", message)
                .add("extensions", JSON.createObjectBuilder().add("code", code.name())))).build();
    }

    private static JsonObject syntaxError(InvalidSyntaxException syntax) {
        var error = syntax.toInvalidSyntaxError();
        var locations = JSON.createArrayBuilder();
        for (var location : List.copyOf(error.getLocations() == null ? List.of() : error.getLocations())) {
            locations.add(JSON.createObjectBuilder().add("line", location.getLine()).add("column", location.getColumn()));
        }
        return JSON.createObjectBuilder().add("errors", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                .add("message", error.getMessage())
                .add("locations", locations)
                .add("extensions", JSON.createObjectBuilder().add("code", ErrorCode.GRAPHQL_PARSE_FAILED.name())))).build();
    }

    private void send(RoutingContext context, int status, MediaTypes type, JsonObject body) {
        metrics.finished(context, body);
        respond(context, status, type, Buffer.buffer(body.toString()));
    }

    /**
     * Sends the data of an operation answered from prefetched rows, which has no errors by
     * construction, with the consistency token of a mutation's write when there is one.
     */
    private void send(RoutingContext context, MediaTypes type, PrefetchedJson prefetched, String consistencyToken) {
        metrics.finished(context);
        var body = Buffer.buffer(prefetched.json().length + 9).appendString("{\"data\":").appendBytes(prefetched.json());
        if (consistencyToken != null) {
            body.appendString(",\"extensions\":{\"consistencyToken\":")
                    .appendString(JSON.createValue(consistencyToken).toString()).appendString("}");
        }
        respond(context, 200, type, body.appendString("}"));
    }

    private static void respond(RoutingContext context, int status, MediaTypes type, Buffer body) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, type.contentType())
                .end(body);
    }
}
