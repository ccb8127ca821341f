package nl.veiligegemeente.embedded;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Gives the driver and the datasource the password of an embedded database when nobody configured one:
 * generated on first start and kept in {@code vgn.data-dir} ({@link PasswordFile}), so the run command
 * needs no setup and every start uses the same password. A configured password
 * ({@code QUARKUS_NEO4J_AUTHENTICATION_PASSWORD}, {@code QUARKUS_DATASOURCE_PASSWORD}) wins; against an
 * external database (its address configured) nothing is generated.
 */
public final class EmbeddedPasswords implements ConfigSourceInterceptor {

    static final String NEO4J_PASSWORD = "quarkus.neo4j.authentication.password";
    static final String POSTGRES_PASSWORD = "quarkus.datasource.password";

    private static final String NAME = "vgn-embedded-database-passwords";
    private static final String DATA_DIR = "vgn.data-dir";

    /** Each password property, with the address property that tells whether its database is embedded, and its file. */
    private static final Map<String, Generated> GENERATED = Map.of(
            NEO4J_PASSWORD, new Generated(EmbeddedDefaults.NEO4J_URI, "neo4j.password"),
            POSTGRES_PASSWORD, new Generated(EmbeddedDefaults.JDBC_URL, "postgres.password"));

    private record Generated(String addressProperty, String fileName) {
    }

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        var configured = context.proceed(name);
        var generated = GENERATED.get(name);
        if (generated == null || isConfigured(configured) || !isEmbedded(context.proceed(generated.addressProperty()))) {
            return configured;
        }
        var file = Path.of(context.proceed(DATA_DIR).getValue()).resolve(generated.fileName()).toAbsolutePath();
        return ConfigValue.builder().withName(name).withValue(PasswordFile.readOrCreate(file))
                .withConfigSourceName(NAME + " (" + file + ")").withConfigSourceOrdinal(EmbeddedDefaults.ORDINAL).build();
    }

    /** The names of the other sources, and the password of each embedded database: config mappings look a property up only when its name is listed. */
    @Override
    public Iterator<String> iterateNames(ConfigSourceInterceptorContext context) {
        var names = new LinkedHashSet<String>();
        context.iterateNames().forEachRemaining(names::add);
        GENERATED.forEach((name, generated) -> {
            if (isEmbedded(context.proceed(generated.addressProperty()))) {
                names.add(name);
            }
        });
        return names.iterator();
    }

    /** Set by the user: in a source above the embedded defaults (the extensions' own defaults sit below them). */
    private static boolean isConfigured(ConfigValue value) {
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() > EmbeddedDefaults.ORDINAL;
    }

    private static boolean isEmbedded(ConfigValue address) {
        return address != null && EmbeddedDefaults.NAME.equals(address.getConfigSourceName());
    }
}
