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

import nl.veiligegemeente.api.http.Uploads;
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
        var asked = Uploads.dryRun(dryRun);
        return registerImport.importFile(Uploads.upTo(body, maxBytes), asked);
    }
}
