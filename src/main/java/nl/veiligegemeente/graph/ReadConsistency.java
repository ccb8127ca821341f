package nl.veiligegemeente.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;

import org.neo4j.driver.Bookmark;
import org.neo4j.driver.exceptions.Neo4jException;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * The read-your-writes state of one request: the Neo4j bookmarks its writes committed (handed to
 * the client as an opaque consistency token) and the bookmarks a token sent back asks its reads to
 * wait for. The token is base64url (no padding) of the bookmark strings, one per line.
 */
@RequestScoped
public class ReadConsistency {

    /** The request header that carries a consistency token back. */
    public static final String HEADER = "X-Consistency-Token";

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{1,4096}");
    private static final String BOOKMARK_TIMEOUT = "Neo.TransientError.Transaction.BookmarkTimeout";
    private static final String INVALID_BOOKMARK = "Neo.ClientError.Transaction.InvalidBookmark";

    private Set<Bookmark> written = Set.of();
    private Set<Bookmark> required = Set.of();
    private ApiException refusal;

    /** Records the bookmarks of a write transaction this request committed. */
    void wrote(Set<Bookmark> bookmarks) {
        written = bookmarks;
    }

    /** The token of this request's last committed write, or null when it wrote nothing. */
    public String token() {
        if (written.isEmpty()) {
            return null;
        }
        var lines = written.stream().map(Bookmark::value).sorted().collect(Collectors.joining("\n"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lines.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes this request's reads wait for the writes a token names; a token this service did not issue is refused. */
    public void require(String token) {
        if (!BASE64URL.matcher(token).matches()) {
            throw malformed();
        }
        String lines;
        try {
            lines = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw malformed();
        }
        required = lines.lines().filter(line -> !line.isBlank()).map(Bookmark::from).collect(Collectors.toUnmodifiableSet());
        if (required.isEmpty()) {
            throw malformed();
        }
    }

    /** The bookmarks this request's reads must include; empty when no token was sent. */
    Set<Bookmark> required() {
        return required;
    }

    /**
     * Runs a read that waits for the required bookmarks, telling the client when Neo4j refuses them or
     * cannot wait them out. Once refused, the request's further reads fail at once, so that the wait
     * stays bounded however many statements the request runs.
     */
    <T> T waitingFor(Supplier<T> read) {
        if (refusal != null) {
            throw refusal;
        }
        try {
            return read.get();
        } catch (Neo4jException refused) {
            if (BOOKMARK_TIMEOUT.equals(refused.code())) {
                refusal = new ApiException(ErrorCode.CONSISTENCY_TIMEOUT, "The write named by the " + HEADER
                        + " header is not yet visible to this service; retry the request in a moment.");
            } else if (refused.code() != null && refused.code().startsWith(INVALID_BOOKMARK)) {
                refusal = malformed();
            } else {
                throw refused;
            }
            throw refusal;
        }
    }

    private static ApiException malformed() {
        return ApiException.validation("The " + HEADER + " header is not a consistency token this service issued;"
                + " send back the extensions.consistencyToken of a mutation response unchanged.");
    }
}
