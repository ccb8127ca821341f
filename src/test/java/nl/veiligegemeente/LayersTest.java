package nl.veiligegemeente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The layers run one way: the graph gateway and the shared schema types never import the GraphQL wiring above them. */
class LayersTest {

    private static final Path SOURCES = Path.of("src/main/java/nl/veiligegemeente");

    @Test
    void theGraphGatewayImportsNeitherTheApiNorACapability() throws IOException {
        assertThat(importsOf("graph"))
                .filteredOn(line -> line.startsWith("import nl.veiligegemeente."))
                .allMatch(line -> line.startsWith("import nl.veiligegemeente.graph.")
                        || line.startsWith("import nl.veiligegemeente.schema."));
    }

    @Test
    void theSharedSchemaTypesImportOnlyTheModel() throws IOException {
        assertThat(importsOf("schema"))
                .filteredOn(line -> line.startsWith("import nl.veiligegemeente."))
                .allMatch(line -> line.startsWith("import nl.veiligegemeente.graph.model."));
    }

    private static List<String> importsOf(String layer) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
            var sources = files.filter(file -> file.toString().endsWith(".java")).toList();
            assertThat(sources).as("sources of " + layer).isNotEmpty();
            var imports = new ArrayList<String>();
            for (var source : sources) {
                Files.readAllLines(source).stream().filter(line -> line.startsWith("import ")).forEach(imports::add);
            }
            return imports;
        }
    }
}
