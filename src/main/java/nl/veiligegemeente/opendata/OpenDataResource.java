package nl.veiligegemeente.opendata;

import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;

import nl.veiligegemeente.api.http.Versions;

/**
 * Open data for anyone, without a token: {@code /open-data/approaches} as CSV or JSON Lines (by the
 * Accept header, or by the extension {@code .csv} / {@code .jsonl}), streamed, with an ETag and
 * Last-Modified so an unchanged export costs a 304; and its DCAT description, {@code /open-data/catalog.jsonld}.
 */
@Path("/open-data")
public class OpenDataResource {

    private static final List<Variant> VARIANTS = List.of(
            new Variant(ExportFormat.CSV.mediaType(), (String) null, null),
            new Variant(ExportFormat.JSON_LINES.mediaType(), (String) null, null));
    private static final Map<String, ExportFormat> BY_TYPE = Map.of(
            "text/csv", ExportFormat.CSV, "application/jsonl", ExportFormat.JSON_LINES);

    private final ApproachExport export;
    private final Catalog catalog;

    OpenDataResource(ApproachExport export, Catalog catalog) {
        this.export = export;
        this.catalog = catalog;
    }

    @GET
    @Path("approaches")
    public Response approaches(@Context Request request) {
        var variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException("The approaches come as text/csv or application/jsonl (JSON Lines); "
                    + "ask for one of them, or add .csv or .jsonl to the address.");
        }
        var type = variant.getMediaType();
        return download(request, BY_TYPE.get(type.getType() + "/" + type.getSubtype()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .build();
    }

    @GET
    @Path("approaches.csv")
    public Response approachesAsCsv(@Context Request request) {
        return download(request, ExportFormat.CSV).build();
    }

    @GET
    @Path("approaches.jsonl")
    public Response approachesAsJsonLines(@Context Request request) {
        return download(request, ExportFormat.JSON_LINES).build();
    }

    @GET
    @Path("catalog.jsonld")
    @Produces(Catalog.JSON_LD)
    public Map<String, Object> catalog(@Context UriInfo uri) {
        return catalog.describe(uri.getBaseUri(), export.version().lastModified().orElse(null));
    }

    /** 304 when the client has this version already; else the export, written as it is read. */
    private Response.ResponseBuilder download(Request request, ExportFormat format) {
        var version = export.version();
        var etag = Versions.etag(version.fingerprint() + " as " + format.extension());
        var lastModified = version.lastModified().map(Date::from).orElse(null);
        var notModified = Versions.notModified(request, etag, lastModified);
        if (notModified != null) {
            return notModified;
        }
        StreamingOutput body = out -> export.write(format, out);
        return Response.ok(body, format.mediaType())
                .tag(etag)
                .lastModified(lastModified)
                .header("Content-Disposition", "inline; filename=\"approaches." + format.extension() + "\"");
    }
}
