package nl.veiligegemeente.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the service reads as configuration, without starting it: the keys of
 * {@code application.properties} and every property of the Quarkus extensions on the class path
 * (from the configuration model each extension ships), each with its environment variable name
 * and its value (from application.properties, else the extension's default).
 */
final class ServiceConfiguration {

    private static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";

    /** Environment variable name to property value (null when the property has no default). */
    private final Map<String, String> byEnvironmentVariable = new HashMap<>();

    private ServiceConfiguration() {
    }

    static ServiceConfiguration load() {
        var configuration = new ServiceConfiguration();
        try {
            var models = ServiceConfiguration.class.getClassLoader().getResources(MODEL);
            var mapper = new ObjectMapper();
            while (models.hasMoreElements()) {
                try (InputStream model = models.nextElement().openStream()) {
                    configuration.addExtensionProperties(mapper.readTree(model));
                }
            }
            var properties = new Properties();
            try (var reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
                properties.load(reader);
            }
            for (var key : properties.stringPropertyNames()) {
                if (!key.startsWith("%")) {
                    configuration.byEnvironmentVariable.put(environmentVariable(key), properties.getProperty(key));
                } else {
                    configuration.byEnvironmentVariable.putIfAbsent(environmentVariable(key.substring(key.indexOf('.') + 1)), null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return configuration;
    }

    /** True when the service reads this environment variable. */
    boolean reads(String environmentVariable) {
        return byEnvironmentVariable.containsKey(environmentVariable);
    }

    /** The value the service uses for a property when the environment does not set it. */
    String value(String property) {
        return byEnvironmentVariable.get(environmentVariable(property));
    }

    /** The environment variable that sets a property, by MicroProfile Config's rule. */
    static String environmentVariable(String property) {
        return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    private void addExtensionProperties(JsonNode node) {
        if (node.isObject()) {
            var path = node.get("path");
            if (path != null && path.has("environmentVariable")) {
                var defaultValue = node.get("defaultValue");
                byEnvironmentVariable.putIfAbsent(path.get("environmentVariable").asText(),
                        defaultValue == null ? null : defaultValue.asText());
            }
        }
        node.forEach(this::addExtensionProperties);
    }
}
