package nl.veiligegemeente.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

/**
 * The manifests under {@code k8s/} parse as Kubernetes objects and agree with the service: every
 * environment variable they set is one the service reads, probes and metrics point at its endpoints,
 * ports match its HTTP port, credentials come from Secrets. No kustomize runs here (there is none for
 * Java or Maven): the overlays' patches are checked against the objects they patch instead.
 */
class ManifestsTest {

    private static final String SERVICE = "veilige-gemeente-api";
    /** Read by the JVM itself rather than by the service's configuration. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    private static final Set<String> CREDENTIALS = Set.of("QUARKUS_NEO4J_AUTHENTICATION_USERNAME",
            "QUARKUS_NEO4J_AUTHENTICATION_PASSWORD", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "VGN_ADMIN_TOKEN");

    private final ServiceConfiguration configuration = ServiceConfiguration.load();

    @Test
    void everyManifestParsesWithoutUnknownFields() {
        assertThat(Manifests.files()).hasSizeGreaterThanOrEqualTo(12);
        var unknown = new ArrayList<String>();
        for (var file : Manifests.files()) {
            var objects = Manifests.objects(file);
            assertThat(objects).as(file.toString()).isNotEmpty();
            for (var object : objects) {
                assertThat(object.getMetadata().getName()).as(file + " " + object.getKind()).isNotBlank();
                if (object instanceof GenericKubernetesResource generic) {
                    // Only custom resources stay generic; a misspelt built-in kind would land here too.
                    assertThat(generic.getApiVersion()).as(file.toString()).startsWith("postgresql.cnpg.io/");
                } else {
                    unknownFields(object, file + " " + object.getKind(), unknown);
                }
            }
        }
        assertThat(unknown).as("fields the Kubernetes model does not know").isEmpty();
    }

    @Test
    void everyEnvironmentVariableIsOneTheServiceReads() {
        var names = new ArrayList<String>();
        serviceContainers().forEach(container -> container.getEnv().stream().map(EnvVar::getName).forEach(names::add));
        serviceConfigMaps().forEach(configMap -> names.addAll(configMap.getData().keySet()));
        assertThat(names).contains("QUARKUS_NEO4J_URI", "QUARKUS_DATASOURCE_JDBC_URL", "VGN_ADMIN_TOKEN");
        assertThat(names).filteredOn(name -> !JVM_VARIABLES.contains(name) && !configuration.reads(name))
                .as("environment variables the service does not read").isEmpty();
    }

    @Test
    void credentialsComeFromSecrets() {
        var base = baseContainer();
        for (var name : CREDENTIALS) {
            var variable = base.getEnv().stream().filter(env -> env.getName().equals(name)).findFirst();
            assertThat(variable).as(name).isPresent();
            assertThat(variable.get().getValueFrom().getSecretKeyRef()).as(name).isNotNull();
        }
        serviceConfigMaps().forEach(configMap -> assertThat(configMap.getData().keySet())
                .as("credentials in a ConfigMap").doesNotContainAnyElementsOf(CREDENTIALS));
    }

    @Test
    void portsProbesAndMetricsPointAtTheService() {
        var httpPort = Integer.parseInt(configuration.value("quarkus.http.port"));
        var root = "/" + configuration.value("quarkus.http.non-application-root-path");
        var deployment = baseDeployment();
        var container = baseContainer();

        var port = container.getPorts().get(0);
        assertThat(port.getContainerPort()).isEqualTo(httpPort);
        assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo(root + "/health/started");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo(root + "/health/ready");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo(root + "/health/live");
        Stream.of(container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe())
                .forEach(probe -> assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo(port.getName()));

        var annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        assertThat(annotations).containsEntry("prometheus.io/path",
                root + "/" + configuration.value("quarkus.micrometer.export.prometheus.path"));
        assertThat(annotations).containsEntry("prometheus.io/port", String.valueOf(httpPort));

        var service = (Service) baseObject("service.yaml");
        assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo(port.getName());
        var policy = (NetworkPolicy) baseObject("networkpolicy.yaml");
        assertThat(policy.getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntVal()).isEqualTo(httpPort);
    }

    @Test
    void theImageRunsAsTheUnprivilegedUserOfTheBuildWithAReadOnlyRootFilesystem() {
        var deployment = baseDeployment();
        var container = baseContainer();
        assertThat(container.getImage()).isEqualTo(configuration.value("quarkus.container-image.group") + "/"
                + configuration.value("quarkus.container-image.name"));
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(Long.parseLong(configuration.value("quarkus.jib.user")));
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
    }

    @Test
    void kustomizationsReferenceFilesThatExistAndPatchObjectsThatExist() {
        assertThat(Manifests.kustomizations()).hasSize(3);
        for (var kustomization : Manifests.kustomizations()) {
            var dir = kustomization.getParent();
            var resources = strings(Manifests.yaml(kustomization).get("resources"));
            var available = new ArrayList<HasMetadata>();
            for (var resource : resources) {
                var path = dir.resolve(resource).normalize();
                assertThat(path).as(kustomization + " resource").exists();
                available.addAll(Files.isDirectory(path) ? objectsOf(path) : Manifests.objects(path));
            }
            for (var patch : patchFiles(kustomization)) {
                for (var patched : Manifests.objects(dir.resolve(patch))) {
                    assertThat(available).as(kustomization + " patch " + patch)
                            .anyMatch(object -> object.getKind().equals(patched.getKind())
                                    && object.getMetadata().getName().equals(patched.getMetadata().getName()));
                }
            }
        }
    }

    /** The objects a kustomization directory declares, its own patches' targets included, recursively. */
    private static List<HasMetadata> objectsOf(Path dir) {
        var objects = new ArrayList<HasMetadata>();
        for (var resource : strings(Manifests.yaml(dir.resolve(Manifests.KUSTOMIZATION)).get("resources"))) {
            var path = dir.resolve(resource).normalize();
            objects.addAll(Files.isDirectory(path) ? objectsOf(path) : Manifests.objects(path));
        }
        return objects;
    }

    private static List<String> patchFiles(Path kustomization) {
        var patches = Manifests.yaml(kustomization).get("patches");
        if (patches == null) {
            return List.of();
        }
        return ((List<?>) patches).stream().map(patch -> (String) ((Map<?, ?>) patch).get("path")).toList();
    }

    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private Deployment baseDeployment() {
        return (Deployment) baseObject("deployment.yaml");
    }

    private Container baseContainer() {
        return baseDeployment().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static HasMetadata baseObject(String file) {
        return Manifests.objects(Manifests.ROOT.resolve("base").resolve(file)).get(0);
    }

    /** The service's container in the base and in every overlay patch. */
    private static Stream<Container> serviceContainers() {
        return Manifests.all().stream()
                .filter(object -> object instanceof Deployment && object.getMetadata().getName().equals(SERVICE))
                .map(object -> ((Deployment) object).getSpec().getTemplate())
                .filter(template -> template != null && template.getSpec().getContainers() != null)
                .map(template -> template.getSpec())
                .flatMap(pod -> pod.getContainers().stream());
    }

    private static Stream<ConfigMap> serviceConfigMaps() {
        return Manifests.all().stream()
                .filter(object -> object instanceof ConfigMap && object.getMetadata().getName().equals(SERVICE))
                .map(ConfigMap.class::cast);
    }

    /** Collects fields the model could not place (misspelt or misplaced keys), with where they are. */
    private static void unknownFields(Object object, String path, List<String> found) {
        if (object instanceof Collection<?> collection) {
            collection.forEach(element -> unknownFields(element, path + "[]", found));
            return;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, found));
            return;
        }
        if (object == null || !object.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            var value = invoke(getter, object);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    found.add(path + ": " + extra.keySet());
                }
            } else {
                unknownFields(value, path + "." + getter.getName().substring(3), found);
            }
        }
    }

    private static Object invoke(Method getter, Object object) {
        try {
            return getter.invoke(object);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }
}
