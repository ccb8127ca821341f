package nl.veiligegemeente.schema;

/** A failure reported to the client as a GraphQL error with a stable code and a message a person understands. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public static ApiException validation(String message) {
        return new ApiException(ErrorCode.VALIDATION, message);
    }

    public ErrorCode code() {
        return code;
    }
}
