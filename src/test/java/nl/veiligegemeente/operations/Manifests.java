package nl.veiligegemeente.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The Kubernetes manifests under {@code k8s/}, read with fabric8's Kubernetes model. */
final class Manifests {

    static final Path ROOT = Path.of("k8s");
    static final String KUSTOMIZATION = "kustomization.yaml";
    /** Not a manifest: the values for Neo4j's Helm chart. */
    static final String HELM_VALUES = "neo4j-values.yaml";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Manifests() {
    }

    /** Every YAML file under k8s/ that holds Kubernetes objects. */
    static List<Path> files() {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(path -> path.toString().endsWith(".yaml"))
                    .filter(path -> !path.endsWith(KUSTOMIZATION) && !path.endsWith(HELM_VALUES))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every kustomization under k8s/. */
    static List<Path> kustomizations() {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(path -> path.endsWith(KUSTOMIZATION)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The objects of one file, one per YAML document. */
    static List<HasMetadata> objects(Path file) {
        return Arrays.stream(read(file).split("(?m)^---\\s*$"))
                .filter(document -> !document.isBlank())
                .map(document -> (HasMetadata) SERIALIZATION.unmarshal(document, HasMetadata.class))
                .toList();
    }

    /** Every object of every manifest file. */
    static List<HasMetadata> all() {
        return files().stream().flatMap(file -> objects(file).stream()).toList();
    }

    /** A YAML file as plain maps and lists. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        return SERIALIZATION.unmarshal(read(file), Map.class);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
