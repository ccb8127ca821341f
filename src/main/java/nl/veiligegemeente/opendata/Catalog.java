package nl.veiligegemeente.opendata;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The DCAT description (JSON-LD) of the open data, so that an open-data register can harvest it:
 * one catalog, one dataset (the approaches), one distribution per format, with publisher, licence,
 * language, keywords and when the data last changed.
 */
@ApplicationScoped
public class Catalog {

    /** The media type of JSON-LD. */
    static final String JSON_LD = "application/ld+json";

    private static final Map<String, String> CONTEXT = Map.of(
            "dcat", "http://www.w3.org/ns/dcat#",
            "dct", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "xsd", "http://www.w3.org/2001/XMLSchema#");
    private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    private final String publisher;
    private final String license;

    Catalog(@ConfigProperty(name = "vgn.open-data.publisher") String publisher,
            @ConfigProperty(name = "vgn.open-data.license") String license) {
        this.publisher = publisher;
        this.license = license;
    }

    /** The catalog, its addresses under {@code base} (the service's own), the data last changed at {@code modified}. */
    Map<String, Object> describe(URI base, Instant modified) {
        var dataset = new LinkedHashMap<String, Object>();
        dataset.put("@id", base.resolve("open-data/approaches").toString());
        dataset.put("@type", "dcat:Dataset");
        dataset.put("dct:identifier", "veilige-gemeente-aanpakken");
        dataset.put("dct:title", dutch("Aanpakken van gemeenten tegen ondermijning"));
        dataset.put("dct:description", dutch("De aanpakken die Nederlandse gemeenten delen in het netwerk De Veilige "
                + "Gemeente: titel, samenvatting, resultaten, soort, status, erkenningsniveau, gemeente en provincie, "
                + "thema's, doelgroepen en gebieden. Teruggetrokken aanpakken staan er niet in."));
        dataset.put("dcat:keyword", List.of("ondermijning", "veiligheid", "gemeenten", "aanpakken", "criminaliteit"));
        dataset.put("dct:language", id("http://publications.europa.eu/resource/authority/language/NLD"));
        dataset.put("dct:publisher", agent());
        dataset.put("dct:license", id(license));
        if (modified != null) {
            dataset.put("dct:modified", Map.of("@value", modified.toString(), "@type", "xsd:dateTime"));
        }
        dataset.put("dcat:distribution", List.of(
                distribution(base, ExportFormat.CSV, "CSV", "CSV, één aanpak per regel; lijsten van ids gescheiden door |"),
                distribution(base, ExportFormat.JSON_LINES, "JSON_LINES", "JSON Lines, één JSON-object per regel")));

        var catalog = new LinkedHashMap<String, Object>();
        catalog.put("@context", CONTEXT);
        catalog.put("@id", base.resolve("open-data/catalog.jsonld").toString());
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", dutch("Open data van het netwerk De Veilige Gemeente"));
        catalog.put("dct:description", dutch("Wat gemeenten delen over hun aanpak van ondermijning."));
        catalog.put("dct:publisher", agent());
        catalog.put("dct:license", id(license));
        catalog.put("dcat:dataset", List.of(dataset));
        return catalog;
    }

    private Map<String, Object> distribution(URI base, ExportFormat format, String fileType, String title) {
        var address = base.resolve("open-data/approaches." + format.extension()).toString();
        var distribution = new LinkedHashMap<String, Object>();
        distribution.put("@id", address);
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dct:title", dutch(title));
        distribution.put("dcat:accessURL", id(address));
        distribution.put("dcat:downloadURL", id(address));
        distribution.put("dcat:mediaType", id(MEDIA_TYPES + format.mediaType().getType() + "/" + format.mediaType().getSubtype()));
        distribution.put("dct:format", id(FILE_TYPES + fileType));
        distribution.put("dct:license", id(license));
        return distribution;
    }

    private Map<String, Object> agent() {
        return Map.of("@type", "foaf:Agent", "foaf:name", publisher);
    }

    private static Map<String, Object> id(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, Object> dutch(String text) {
        return Map.of("@value", text, "@language", "nl");
    }
}
