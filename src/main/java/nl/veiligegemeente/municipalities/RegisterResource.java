package nl.veiligegemeente.municipalities;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.veiligegemeente.api.ApiException;
import nl.veiligegemeente.api.ErrorCode;
import nl.veiligegemeente.publishing.Caller;

/**
 * {@code POST /admin/municipalities/register}: an admin uploads the CBS list of municipalities as
 * CSV; {@code ?dryRun=true} reports what would change without writing. Errors are problem details.
 */
@Path("/admin/municipalities/register")
public class RegisterResource {

    private final Caller caller;
    private final RegisterImport registerImport;
    private final int maxBytes;

    RegisterResource(Caller caller, RegisterImport registerImport,
            @ConfigProperty(name = "vgn.municipalities.import.max-bytes") int maxBytes) {
        this.caller = caller;
        this.registerImport = registerImport;
        this.maxBytes = maxBytes;
    }

    @POST
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    public RegisterImportSummary importRegister(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("dryRun") String dryRun, InputStream body) throws IOException {
        caller.presented(authorization);
        registerImport.authorise();
        var asked = dryRun(dryRun);
        return registerImport.importFile(upTo(body), asked);
    }

    private static boolean dryRun(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.isEmpty() || value.equals("true")) {
            return true;
        }
        throw ApiException.validation("dryRun is true or false, not '" + value + "'.");
    }

    /** The body, refused once it is longer than the limit (whatever its Content-Length claims). */
    private byte[] upTo(InputStream body) throws IOException {
        var bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "The file is larger than " + maxBytes
                    + " bytes, the most one import takes.");
        }
        return bytes;
    }
}
