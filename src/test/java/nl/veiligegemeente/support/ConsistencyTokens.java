package nl.veiligegemeente.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.neo4j.fabric.bolt.QueryRouterBookmark;
import org.neo4j.fabric.bookmark.BookmarkFormat;

/** Consistency tokens made by hand, as a client could send them: encoded text, and tokens for writes that never happened. */
public final class ConsistencyTokens {

    private ConsistencyTokens() {
    }

    /**
     * The token of the same bookmarks a thousand transactions later: a real, well-formed token for a
     * state the database does not reach.
     */
    public static String later(String token) {
        return encode(List.of(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n"))
                .stream().map(ConsistencyTokens::laterBookmark).collect(Collectors.joining("\n")));
    }

    /** The text as a token encodes it (base64url without padding), whether or not it holds bookmarks. */
    public static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String laterBookmark(String bookmark) {
        var parsed = BookmarkFormat.parse(bookmark);
        return BookmarkFormat.serialize(new QueryRouterBookmark(parsed.internalGraphStates().stream()
                .map(graph -> new QueryRouterBookmark.InternalGraphState(graph.graphUuid(), graph.transactionId() + 1000))
                .toList(), parsed.externalGraphStates()));
    }
}
