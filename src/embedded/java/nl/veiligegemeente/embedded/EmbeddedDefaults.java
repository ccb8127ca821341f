package nl.veiligegemeente.embedded;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the Neo4j driver and the datasource at the embedded databases unless something else is configured.
 *
 * <p>Its ordinal sits below {@code application.properties} and the environment, so any
 * configured address wins, and {@link #isInEffect(String)} tells the two cases apart.
 */
public final class EmbeddedDefaults implements ConfigSource {

    static final String NAME = "vgn-embedded-database-defaults";
    static final String NEO4J_URI = "quarkus.neo4j.uri";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final int ORDINAL = 50;

    private static final Map<String, String> DEFAULTS = Map.of(
            NEO4J_URI, "bolt://" + LoopbackPort.HOST + ":${vgn.embedded.neo4j.port}",
            JDBC_URL, EmbeddedPostgreSQL.jdbcUrl("${vgn.embedded.postgres.port}"));

    /** True when the given property still has the embedded default, that is: nothing else configured it. */
    static boolean isInEffect(String property) {
        var value = ConfigProvider.getConfig().getConfigValue(property);
        return NAME.equals(value.getSourceName());
    }

    @Override
    public Set<String> getPropertyNames() {
        return DEFAULTS.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return DEFAULTS.get(propertyName);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
