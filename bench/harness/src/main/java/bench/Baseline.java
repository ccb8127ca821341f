package bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.TransactionConfig;

/**
 * The baseline of one query: its hand-written Cypher (bench/queries/NAME/baseline.cypher) with the
 * query's variables as parameters, run through the Java driver by N threads in a closed loop, one
 * transaction per request (a write transaction for mutations), no HTTP and no GraphQL. Warms up,
 * then measures; every record is read; an exception (also a transaction over the 30 s timeout,
 * as wrk's for HTTP) or an empty result counts as an error.
 * Prints one line {@code RESULT {json}} per round with requests, errors, req/s, p50 and p99 in ms, and the
 * CPU seconds of this JVM and of the processes given with {@code --cpu name=pid} over the measured window.
 * With {@code --rounds N} it measures N times, each round after printing {@code READY} and reading a
 * line from standard input, so that a caller can measure other systems between the rounds.
 * Usage: {@code Baseline <bolt uri> <query dir> <threads> <warm-up s> <duration s> [--rounds N] [--cpu name=pid]...}
 */
public final class Baseline {

    private static final long TICKS_PER_SECOND = 100;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final TransactionConfig TIMEOUT = TransactionConfig.builder().withTimeout(Duration.ofSeconds(30)).build();

    private Baseline() {
    }

    public static void main(String[] args) throws Exception {
        var dir = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int duration = Integer.parseInt(args[4]);
        var watched = new LinkedHashMap<String, String>();
        watched.put("baseline", "self");
        int rounds = 1;
        for (int i = 5; i + 1 < args.length; i += 2) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[i + 1]);
                continue;
            }
            var pair = args[i + 1].split("=", 2);
            watched.put(pair[0], pair[1]);
        }
        String cypher = Files.readString(dir.resolve("baseline.cypher"));
        List<Map<String, Object>> variables = new ObjectMapper().readValue(dir.resolve("variables.json").toFile(),
                new TypeReference<>() { });
        boolean write = cypher.contains("CREATE");
        String nonce = "base-" + System.currentTimeMillis() / 1000;
        try (var driver = GraphDatabase.driver(args[0], AuthTokens.basic(env("NEO4J_USER", "neo4j"), env("NEO4J_PASSWORD", "neo4j")),
                Config.builder().withLogging(Logging.none()).withMaxConnectionPoolSize(threads).build())) {
            driver.verifyConnectivity();
            var load = new Load(driver, cypher, variables, write, nonce);
            load.run(threads, warmup);
            var go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (int round = 1; round <= rounds; round++) {
                if (rounds > 1) {
                    System.out.println("READY");
                    if (go.readLine() == null) {
                        return;
                    }
                }
                measure(load, threads, duration, watched);
            }
        }
    }

    private static void measure(Load load, int threads, int duration, Map<String, String> watched)
            throws Exception {
        var cpuBefore = cpu(watched);
        var result = load.run(threads, duration);
        var cpuAfter = cpu(watched);
        var out = new StringBuilder("{");
        out.append(result.json());
        cpuBefore.forEach((name, before) -> out.append(String.format(",\"cpu_%s\":%.2f", name,
                (cpuAfter.get(name) - before) / (double) TICKS_PER_SECOND)));
        System.out.println("RESULT " + out.append('}'));
        if (result.firstError() != null) {
            System.err.println("first error: " + result.firstError());
        }
    }

    /** The outcome of one timed run. */
    record Outcome(long requests, long errors, double seconds, long[] latenciesNanos, String firstError) {

        String json() {
            Arrays.sort(latenciesNanos);
            return String.format("\"requests\":%d,\"errors\":%d,\"rps\":%.1f,\"p50ms\":%.2f,\"p99ms\":%.2f",
                    requests, errors, requests / seconds, percentile(50), percentile(99));
        }

        private double percentile(double p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, index)] / 1e6;
        }
    }

    /** N threads sending the query in a closed loop for a time. */
    private record Load(Driver driver, String cypher, List<Map<String, Object>> variables, boolean write, String nonce) {

        Outcome run(int threads, int seconds) throws InterruptedException {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            var workers = new ArrayList<Thread>();
            var latencies = new ArrayList<long[]>();
            var counts = new long[threads][2];
            var errors = new String[threads];
            long started = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                var worker = new Thread(() -> {
                    long[] mine = new long[1 << 14];
                    int n = 0;
                    int next = thread;
                    while (System.nanoTime() < end) {
                        var parameters = substitute(variables.get(next++ % variables.size()));
                        long begin = System.nanoTime();
                        try (var session = driver.session()) {
                            int rows = write ? session.executeWrite(tx -> tx.run(cypher, parameters).list().size(), TIMEOUT)
                                    : session.executeRead(tx -> tx.run(cypher, parameters).list().size(), TIMEOUT);
                            if (rows == 0) {
                                counts[thread][1]++;
                                errors[thread] = errors[thread] == null ? "no rows for " + parameters : errors[thread];
                            }
                        } catch (RuntimeException e) {
                            counts[thread][1]++;
                            errors[thread] = errors[thread] == null ? e.getMessage() : errors[thread];
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - begin;
                        counts[thread][0]++;
                    }
                    synchronized (latencies) {
                        latencies.add(Arrays.copyOf(mine, n));
                    }
                });
                workers.add(worker);
                worker.start();
            }
            for (var worker : workers) {
                worker.join();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            long requests = 0;
            long failed = 0;
            for (var count : counts) {
                requests += count[0];
                failed += count[1];
            }
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
            String firstError = Arrays.stream(errors).filter(e -> e != null).findFirst().orElse(null);
            return new Outcome(requests, failed, elapsed, all, firstError);
        }

        /** The variables with every "__SEQ__" in a string replaced by a number unique to this run. */
        @SuppressWarnings("unchecked")
        private Map<String, Object> substitute(Map<String, Object> values) {
            var copy = new LinkedHashMap<String, Object>();
            values.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> map ? substitute((Map<String, Object>) map)
                    : value instanceof String text && text.contains("__SEQ__")
                            ? text.replace("__SEQ__", nonce + "-" + SEQUENCE.incrementAndGet()) : value));
            return copy;
        }
    }

    /** CPU time (user + system, in clock ticks) of each process, from /proc. */
    private static Map<String, Long> cpu(Map<String, String> pids) throws Exception {
        var ticks = new LinkedHashMap<String, Long>();
        for (var entry : pids.entrySet()) {
            String stat = Files.readString(Path.of("/proc", entry.getValue(), "stat"));
            // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.put(entry.getKey(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        }
        return ticks;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
