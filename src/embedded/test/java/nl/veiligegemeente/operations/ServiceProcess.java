package nl.veiligegemeente.operations;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as a child JVM on a
 * loopback port, configured only through environment variables, as an operator configures a replica.
 * Its output goes to a log file, whose end a failure quotes.
 */
final class ServiceProcess implements AutoCloseable {

    /** The admin token every test service is configured with ({@code VGN_ADMIN_TOKEN}). */
    static final String ADMIN_TOKEN = "it-admin-token-not-secret";

    /** How long a start may take on a loaded build machine; a bound, not an expectation. */
    private static final Duration START_WAIT = Duration.ofMinutes(6);
    private static final Duration STOP_WAIT = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int LOG_LINES_QUOTED = 40;

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the service with the given environment on a free port, and returns once it is ready
     * ({@code /q/health/ready} answers 200). Configuration inherited from the test's own environment is
     * dropped, so that only what is given here applies.
     */
    static ServiceProcess start(String name, Map<String, String> environment) {
        return start(name, freePort(), environment);
    }

    /** Starts the service as {@link #start(String, Map)} does, on the given HTTP port. */
    static ServiceProcess start(String name, int port, Map<String, String> environment) {
        var log = Path.of(System.getProperty("vgn.it.log-dir", "target/it-logs")).resolve(name + ".log");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("vgn.it.service-jvm-options", "").trim().split("\\s+")));
        command.addAll(List.of("-jar", System.getProperty("vgn.it.service-jar", "target/quarkus-app/quarkus-run.jar")));
        command.removeIf(String::isEmpty);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("VGN_"));
        var settings = new HashMap<>(environment);
        settings.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        settings.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        settings.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        builder.environment().putAll(settings);
        try {
            Files.createDirectories(log.getParent());
            var service = new ServiceProcess(name, builder.start(), port, log);
            try {
                service.awaitReady();
            } catch (RuntimeException | AssertionError notReady) {
                service.close();
                throw notReady;
            }
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start replica " + name, e);
        }
    }

    private void awaitReady() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(30)).build();
        await("replica " + name + " ready", START_WAIT, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Replica " + name + " exited while starting\n" + logTail());
            }
            try {
                return http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while replica " + name + " started", e);
            }
        }, this::logTail);
    }

    /**
     * The settings every test service gets besides the given ones: the admin token, the journal relay
     * every second, and request and transaction timeouts for a slow, loaded build machine.
     */
    static Map<String, String> withCommonSettings(Map<String, String> settings) {
        var all = new HashMap<>(settings);
        all.put("VGN_ADMIN_TOKEN", ADMIN_TOKEN);
        all.put("VGN_JOURNAL_RELAY_INTERVAL", "1s");
        // Production's 15 s and 10 s would make a slow write a failure here.
        all.put("VGN_GRAPHQL_REQUEST_TIMEOUT", "2m");
        all.put("VGN_NEO4J_TRANSACTION_TIMEOUT", "1m");
        return all;
    }

    /** Polls until the condition holds, and fails (with the given explanation) when it still does not after the bound. */
    static void await(String what, Duration bound, BooleanSupplier condition, Supplier<String> explanation) {
        var deadline = Instant.now().plus(bound);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not " + what + " within " + bound + "\n" + explanation.get());
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what, e);
            }
        }
    }

    /** This replica's GraphQL endpoint. */
    URI graphql() {
        return URI.create("http://127.0.0.1:" + port + "/graphql");
    }

    /** A request to this replica's HTTP port, with a JSON body to come. */
    RequestSpecification request() {
        return given().baseUri("http://127.0.0.1").port(port).contentType(ContentType.JSON);
    }

    /** Sends a GraphQL request with {@code Authorization: Bearer <token>}. */
    ValidatableResponse graphql(String token, String query, Map<String, Object> variables) {
        return request().header("Authorization", "Bearer " + token)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then();
    }

    /** Sends SIGTERM (what Kubernetes sends a pod it stops) and waits until the JVM has exited. */
    void terminate() {
        process.destroy();
        if (!exited()) {
            throw new AssertionError("Replica " + name + " still runs " + STOP_WAIT + " after SIGTERM\n" + logTail());
        }
    }

    /**
     * Sends SIGKILL to the service's JVM alone, as {@code kill -9} does, and waits until it is gone;
     * its child processes (an embedded PostgreSQL) keep running, as after a real crash.
     */
    void kill() {
        process.destroyForcibly();
        if (!exited()) {
            throw new AssertionError("Replica " + name + " still runs " + STOP_WAIT + " after SIGKILL\n" + logTail());
        }
    }

    /** The HTTP port the service listens on. */
    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The last lines of the replica's output, to explain a failure. */
    String logTail() {
        try {
            var lines = Files.readAllLines(log);
            return "--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_QUOTED), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops the replica if it still runs: SIGTERM, then SIGKILL of it and its child processes. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        var children = process.descendants().toList();
        process.destroy();
        if (!exited()) {
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            exited();
        }
    }

    private boolean exited() {
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A loopback port nothing listens on now. */
    static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
