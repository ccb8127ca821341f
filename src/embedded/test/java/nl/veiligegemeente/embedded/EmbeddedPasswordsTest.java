package nl.veiligegemeente.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The passwords the embedded databases get with no setup: generated once per data directory, kept private, overridable. */
class EmbeddedPasswordsTest {

    @TempDir
    Path dataDir;

    @Test
    void withNothingConfiguredEachDatabaseGetsAPasswordOfItsOwnKeptInTheDataDirectory() throws Exception {
        var first = config(Map.of());
        var neo4j = first.getValue(EmbeddedPasswords.NEO4J_PASSWORD, String.class);
        var postgres = first.getValue(EmbeddedPasswords.POSTGRES_PASSWORD, String.class);

        assertThat(neo4j).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(postgres);
        assertThat(postgres).hasSizeGreaterThanOrEqualTo(32);
        for (var file : Files.list(dataDir).toList()) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
        }
        var next = config(Map.of());
        assertThat(next.getValue(EmbeddedPasswords.NEO4J_PASSWORD, String.class)).as("at the next start").isEqualTo(neo4j);
        assertThat(next.getValue(EmbeddedPasswords.POSTGRES_PASSWORD, String.class)).as("at the next start").isEqualTo(postgres);
    }

    @Test
    void aConfiguredPasswordWins() {
        var config = config(Map.of(EmbeddedPasswords.NEO4J_PASSWORD, "configured-neo4j", EmbeddedPasswords.POSTGRES_PASSWORD, "configured-pg"));

        assertThat(config.getValue(EmbeddedPasswords.NEO4J_PASSWORD, String.class)).isEqualTo("configured-neo4j");
        assertThat(config.getValue(EmbeddedPasswords.POSTGRES_PASSWORD, String.class)).isEqualTo("configured-pg");
    }

    @Test
    void externalDatabasesGetNoGeneratedPassword() throws Exception {
        var config = config(Map.of(EmbeddedDefaults.NEO4J_URI, "bolt://neo4j.example:7687",
                EmbeddedDefaults.JDBC_URL, "jdbc:postgresql://pg.example/vgn"));

        assertThat(config.getOptionalValue(EmbeddedPasswords.NEO4J_PASSWORD, String.class)).isEmpty();
        assertThat(config.getOptionalValue(EmbeddedPasswords.POSTGRES_PASSWORD, String.class)).isEmpty();
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }

    private SmallRyeConfig config(Map<String, String> configured) {
        var properties = new HashMap<>(configured);
        properties.put("vgn.data-dir", dataDir.toString());
        properties.put("vgn.embedded.neo4j.port", "7687");
        properties.put("vgn.embedded.postgres.port", "5433");
        return new SmallRyeConfigBuilder()
                .withSources(new EmbeddedDefaults(), new PropertiesConfigSource(properties, "application.properties", 250))
                .withInterceptors(new EmbeddedPasswords())
                .build();
    }
}
