package nl.veiligegemeente.api.http;

/** An HTTP request that cannot be a GraphQL request at all, answered with its status and a reason. */
final class BadRequest extends RuntimeException {

    private final int status;

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
