package nl.veiligegemeente.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Value;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

import nl.veiligegemeente.graph.Graph;

/**
 * The open-data export of the approaches: written row by row as Neo4j streams them (memory stays
 * constant however many there are), as CSV or JSON Lines, with a version (ETag and last change)
 * that is cheap to compute, so a harvester that has the current file downloads nothing.
 */
@ApplicationScoped
public class ApproachExport {

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Graph graph;
    private final Duration timeout;
    private final Graph.Rendered approaches = Graph.Rendered.ofFile("/opendata/approaches.cypher");
    private final Graph.Rendered version = Graph.Rendered.ofFile("/opendata/approaches-version.cypher");

    ApproachExport(Graph graph, @ConfigProperty(name = "vgn.open-data.export-timeout") Duration timeout) {
        this.graph = graph;
        this.timeout = timeout;
    }

    /** A version of the export: what identifies it, and when it last changed (empty for a network without changes). */
    record Version(String fingerprint, Optional<Instant> lastModified) {
    }

    /** The version the export has now. */
    Version version() {
        var state = graph.read(version).get(0);
        var fingerprint = new TreeMap<>(state.asMap(Value::toString)).toString();
        var lastModified = Stream.of(state.get("approachesChanged"), state.get("municipalitiesChanged"))
                .filter(value -> !value.isNull())
                .map(value -> ((ZonedDateTime) value.asObject()).toInstant())
                .max(Instant::compareTo);
        return new Version(fingerprint, lastModified);
    }

    /** Writes every published approach to {@code out} in the given format. */
    void write(ExportFormat format, OutputStream out) throws IOException {
        try (var writer = writer(format, out)) {
            graph.readEach(approaches, timeout, row -> {
                try {
                    writer.write(OpenApproach.from(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static SequenceWriter writer(ExportFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case CSV -> CSV.writerFor(OpenApproach.class)
                    .with(CSV.schemaFor(OpenApproach.class).withHeader().withArrayElementSeparator("|"))
                    .writeValues(out);
            case JSON_LINES -> JSON.writerFor(OpenApproach.class).withRootValueSeparator("\n").writeValues(out);
        };
    }
}
