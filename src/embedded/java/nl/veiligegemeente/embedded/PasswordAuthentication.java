package nl.veiligegemeente.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;

import org.postgresql.PGConnection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * How the embedded PostgreSQL asks for its superuser's password: a {@code pg_hba.conf} of its own (SCRAM
 * on loopback, nothing on the Unix socket), the password set by {@code initdb} on a new cluster, and set
 * afterwards on a cluster an older version created without one.
 */
final class PasswordAuthentication {

    /** The whole {@code pg_hba.conf}: any other content is the passwordless one zonky's {@code initdb -A trust} wrote. */
    static final String HBA = """
            # The embedded PostgreSQL of the Veilige Gemeente service, rewritten at every start:
            # TCP on loopback with a password (SCRAM), no other connections.
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private static final String ENCRYPTION = "scram-sha-256";

    private PasswordAuthentication() {
    }

    /** Whether the data directory holds a cluster that lets its superuser in without a password. */
    static boolean isMissingIn(Path dataDirectory) throws IOException {
        var hba = dataDirectory.resolve("pg_hba.conf");
        return Files.isRegularFile(dataDirectory.resolve("PG_VERSION"))
                && !(Files.isRegularFile(hba) && HBA.equals(Files.readString(hba)));
    }

    /** Writes the {@code pg_hba.conf} that asks for the password. */
    static void writeHba(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDirectory, e);
        }
    }

    /**
     * Starts a server that asks for the password from its first connection on: a new cluster gets it from
     * {@code initdb --pwfile} (zonky passes its "locale" settings to {@code initdb} as {@code --name=value}).
     */
    static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, Path dataDirectory, String password) throws IOException {
        var directory = dataDirectory.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        var pwfile = Files.createTempFile(directory, "initdb-password", "",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(pwfile, password);
            return builder.setLocaleConfig("pwfile", pwfile.toString())
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(data -> writeHba(data.toPath()))
                    .start();
        } finally {
            Files.delete(pwfile);
        }
    }

    /**
     * Gives the superuser of a running, passwordless cluster the password, then makes the server ask for
     * it: for data an older version of the service created. Until then the cluster is as open as it was.
     */
    static void addTo(EmbeddedPostgres server, Path dataDirectory, String password) {
        try (var connection = server.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            connection.unwrap(PGConnection.class).alterUserPassword(EmbeddedPostgreSQL.USER, password.toCharArray(), ENCRYPTION);
            writeHba(dataDirectory);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot give the embedded PostgreSQL in " + dataDirectory + " a password", e);
        }
    }
}
