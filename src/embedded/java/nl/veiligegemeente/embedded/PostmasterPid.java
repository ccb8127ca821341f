package nl.veiligegemeente.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The PostgreSQL server that runs on a data directory, as its {@code postmaster.pid} file names
 * it: the first line is the server's process id, and the file stays behind when the server is killed.
 */
public final class PostmasterPid {

    private static final long STOP_WAIT_SECONDS = 30;

    private PostmasterPid() {
    }

    /** The live PostgreSQL process named by the data directory's pid file, if there is one. */
    public static Optional<ProcessHandle> of(Path dataDirectory) {
        var file = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var lines = Files.readAllLines(file);
            if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Stops the server: SIGTERM (PostgreSQL's smart shutdown, quick with no clients left), and
     * SIGKILL of it and its processes when it is still there after half a minute.
     */
    public static void stop(ProcessHandle server) {
        var processes = server.descendants().toList();
        server.destroy();
        if (!exited(server)) {
            processes.forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
            exited(server);
        }
    }

    private static boolean exited(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot wait for process " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
