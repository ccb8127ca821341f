package nl.veiligegemeente.api.http;

import java.io.IOException;
import java.io.InputStream;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;

/** What the REST imports share: the {@code dryRun} parameter and a body read up to a size limit. */
public final class Uploads {

    private Uploads() {
    }

    /** {@code ?dryRun}, {@code ?dryRun=true} or {@code ?dryRun=false} (absent: false); anything else is refused. */
    public static boolean dryRun(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.isEmpty() || value.equals("true")) {
            return true;
        }
        throw ApiException.validation("dryRun is true or false, not '" + value + "'.");
    }

    /** The body, refused once it is longer than the limit (whatever its Content-Length claims). */
    public static byte[] upTo(InputStream body, int maxBytes) throws IOException {
        var bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "The file is larger than " + maxBytes
                    + " bytes, the most one import takes.");
        }
        return bytes;
    }
}
