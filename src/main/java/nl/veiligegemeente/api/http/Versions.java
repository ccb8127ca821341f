package nl.veiligegemeente.api.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Versions of REST representations for conditional requests: an ETag made from what identifies a
 * version, and the 304 for a client whose {@code If-None-Match} / {@code If-Modified-Since} still holds.
 */
public final class Versions {

    private Versions() {
    }

    /** A strong entity tag: the SHA-256 of the text that identifies a version. */
    public static EntityTag etag(String version) {
        try {
            return new EntityTag(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(version.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * A 304 with the tag and date when the client has this version already, or null. {@code lastModified}
     * may be null (unknown); then only the tag counts.
     */
    public static Response.ResponseBuilder notModified(Request request, EntityTag etag, Date lastModified) {
        var notModified = lastModified == null ? request.evaluatePreconditions(etag)
                : request.evaluatePreconditions(lastModified, etag);
        return notModified == null ? null : notModified.tag(etag).lastModified(lastModified);
    }
}
