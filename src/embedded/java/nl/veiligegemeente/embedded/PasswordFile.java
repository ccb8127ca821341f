package nl.veiligegemeente.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password generated on first use and kept in a file only its owner may read or write (mode 600),
 * so that an embedded database gets a password nobody had to choose, the same at every start.
 */
final class PasswordFile {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int RANDOM_BYTES = 24;

    private PasswordFile() {
    }

    /** The password in the file, generated and written first when there is no file yet. */
    static String readOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the embedded database password in " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        var bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        var directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Written whole under another name first, so that nobody reads a half-written password.
        var written = Files.createTempFile(directory, file.getFileName().toString(), ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(written, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        try {
            Files.move(written, file);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // Another replica on the same data directory was first; its password is the one.
            Files.delete(written);
        }
    }
}
