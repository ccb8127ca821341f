package nl.veiligegemeente.api.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;
import nl.veiligegemeente.api.RejectedItems;
import nl.veiligegemeente.api.RejectedLines;

/**
 * Answers every failed REST request (not GraphQL) as {@code application/problem+json} (RFC 9457):
 * {@code status}, {@code title}, {@code detail}, and the stable {@code code} a GraphQL error of the
 * same kind carries in {@code extensions.code}; a refused upload lists its refused lines (or items) in {@code errors}.
 */
public class Problems {

    /** The media type of RFC 9457 problem details. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(Problems.class);

    @ServerExceptionMapper
    public Response refused(ApiException refused) {
        var problem = problem(status(refused.code()), refused.code(), refused.getMessage());
        if (refused instanceof RejectedLines rejected) {
            problem.put("errors", rejected.lines());
        }
        if (refused instanceof RejectedItems rejected) {
            problem.put("errors", rejected.items());
        }
        if (refused.code() == ErrorCode.UNAVAILABLE) {
            return Response.fromResponse(response(problem)).header("Retry-After", HttpErrors.UNAVAILABLE_RETRY_AFTER_SECONDS).build();
        }
        return response(problem);
    }

    @ServerExceptionMapper
    public Response notAcceptedByHttp(WebApplicationException refused) {
        var status = refused.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(refused);
        }
        var code = status == 413 ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.BAD_REQUEST;
        return response(problem(status, code, refused.getMessage()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception unexpected) {
        var reference = UUID.randomUUID();
        LOG.errorf(unexpected, "Unexpected failure answering a REST request (reference %s)", reference);
        return response(problem(500, ErrorCode.INTERNAL,
                "Internal error; the service log has the details under reference " + reference));
    }

    private static Map<String, Object> problem(int status, ErrorCode code, String detail) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", Response.Status.fromStatusCode(status) == null ? code.name()
                : Response.Status.fromStatusCode(status).getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code.name());
        return problem;
    }

    private static Response response(Map<String, Object> problem) {
        return Response.status((int) problem.get("status")).type(PROBLEM_JSON).entity(problem).build();
    }

    /** The HTTP status of a refusal with this code. */
    static int status(ErrorCode code) {
        return switch (code) {
            case BAD_REQUEST, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case VERSION_CONFLICT -> 409;
            case LIMIT_EXCEEDED -> 413;
            case VALIDATION -> 422;
            case RATE_LIMITED -> 429;
            case TIMEOUT, CONSISTENCY_TIMEOUT, UNAVAILABLE -> 503;
            case INTERNAL -> 500;
        };
    }
}
