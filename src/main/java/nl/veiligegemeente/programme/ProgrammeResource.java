package nl.veiligegemeente.programme;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.veiligegemeente.api.http.Uploads;
import nl.veiligegemeente.publishing.Caller;

/**
 * {@code POST /admin/seminars/{id}/programme}: an editor uploads a Sessionize or pretalx export as
 * JSON ({@code ?format=} names it, else the file shows it); {@code ?dryRun=true} reports what would
 * change without writing. Errors are problem details.
 */
@Path("/admin/seminars/{id}/programme")
public class ProgrammeResource {

    private final Caller caller;
    private final ProgrammeImport programmeImport;
    private final int maxBytes;

    ProgrammeResource(Caller caller, ProgrammeImport programmeImport,
            @ConfigProperty(name = "vgn.programme.import.max-bytes") int maxBytes) {
        this.caller = caller;
        this.programmeImport = programmeImport;
        this.maxBytes = maxBytes;
    }

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM })
    @Produces(MediaType.APPLICATION_JSON)
    public ProgrammeImportSummary importProgramme(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String seminarId, @QueryParam("format") String format, @QueryParam("dryRun") String dryRun,
            InputStream body) throws IOException {
        caller.presented(authorization);
        programmeImport.authorise();
        var named = ProgrammeFormat.named(format);
        var asked = Uploads.dryRun(dryRun);
        return programmeImport.importFile(seminarId, Uploads.upTo(body, maxBytes), named, asked);
    }
}
