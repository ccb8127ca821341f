package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Loads the synthetic network into a Neo4j by Bolt URI, in batches of parameterised UNWIND
 * statements, with a progress bar and a summary of what the graph then holds. Usage:
 * {@code Generate <bolt uri> <x1|x10> [graph-seed dir]}; user and password from NEO4J_USER and
 * NEO4J_PASSWORD (default neo4j/neo4j; ignored by a Neo4j without authentication).
 */
public final class Generate {

    static final long SEED = 20261201L;
    private static final int BATCH = 2_000;

    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        String uri = args[0];
        int scale = switch (args[1]) {
            case "x1" -> 1;
            case "x10" -> 10;
            default -> throw new IllegalArgumentException("scale must be x1 or x10, not " + args[1]);
        };
        var seedDir = Path.of(args.length > 2 ? args[2] : "graph-seed");
        var auth = AuthTokens.basic(env("NEO4J_USER", "neo4j"), env("NEO4J_PASSWORD", "neo4j"));
        try (var driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none()).build())) {
            driver.verifyConnectivity();
            long started = System.nanoTime();
            var network = SyntheticNetwork.generate(scale, SEED);
            long present = count(driver, "MATCH (m:Municipality) WHERE m.code >= 'GM6000' RETURN count(m)");
            int expected = network.nodes().get("Municipality").size();
            if (present == expected) {
                System.out.printf("The %s network is already loaded (%d synthetic municipalities): nothing to do.%n",
                        args[1], present);
            } else if (present > 0) {
                System.err.printf("This Neo4j holds %d synthetic municipalities, the %s network has %d: load it into an"
                        + " empty database.%n", present, args[1], expected);
                System.exit(2);
            } else {
                ensureConstraints(driver, seedDir);
                load(driver, network);
            }
            driver.executableQuery("CALL db.awaitIndexes(1800)").execute();
            summarise(driver, (System.nanoTime() - started) / 1_000_000_000.0);
        }
    }

    /** Without the uniqueness constraints (the service applies them at start) every relationship batch would scan. */
    private static void ensureConstraints(Driver driver, Path seedDir) throws Exception {
        if (count(driver, "SHOW CONSTRAINTS YIELD labelsOrTypes WHERE 'Approach' IN labelsOrTypes RETURN count(*)") > 0) {
            return;
        }
        var file = seedDir.resolve("V0001__Constraints.cypher");
        System.out.println("No constraints yet: applying " + file + " (IF NOT EXISTS, so the service's migration still applies)");
        for (String statement : Files.readString(file).split(";\\s*\\n")) {
            var cypher = statement.lines().filter(line -> !line.startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip();
            if (!cypher.isEmpty()) {
                driver.executableQuery(cypher).execute();
            }
        }
    }

    private static void load(Driver driver, SyntheticNetwork network) {
        long total = 0;
        for (var rows : network.nodes().values()) {
            total += rows.size();
        }
        for (var relationships : network.relationships()) {
            total += relationships.pairs().size();
        }
        var progress = new Progress(total);
        network.nodes().forEach((label, rows) -> {
            // Labels and types come from this program, never from input: only the values are parameters.
            String cypher = "UNWIND $rows AS row CREATE (n:`" + label + "`) SET n = row";
            batches(rows).forEach(batch -> {
                driver.executableQuery(cypher).withParameters(Map.of("rows", batch)).execute();
                progress.advance(batch.size(), label);
            });
        });
        for (var relationships : network.relationships()) {
            String cypher = "UNWIND $rows AS row MATCH (a:`" + relationships.fromLabel() + "` {"
                    + SyntheticNetwork.keyOf(relationships.fromLabel()) + ": row[0]}) MATCH (b:`" + relationships.toLabel()
                    + "` {" + SyntheticNetwork.keyOf(relationships.toLabel()) + ": row[1]}) CREATE (a)-[:`"
                    + relationships.type() + "`]->(b)";
            String what = relationships.fromLabel() + "-" + relationships.type() + "->" + relationships.toLabel();
            batches(relationships.pairs()).forEach(batch -> {
                driver.executableQuery(cypher).withParameters(Map.of("rows", batch)).execute();
                progress.advance(batch.size(), what);
            });
        }
        progress.done();
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        var batches = new ArrayList<List<T>>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return batches;
    }

    private static void summarise(Driver driver, double seconds) {
        System.out.println("Graph now holds:");
        driver.executableQuery("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label").execute()
                .records().forEach(r -> System.out.printf("  %-14s %,9d nodes%n", r.get("label").asString(), r.get("n").asLong()));
        driver.executableQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type").execute()
                .records().forEach(r -> System.out.printf("  %-14s %,9d relationships%n", r.get("type").asString(), r.get("n").asLong()));
        System.out.printf("in %.1f s%n", seconds);
    }

    private static long count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A text progress bar on standard error. */
    private static final class Progress {
        private final long total;
        private long done;

        Progress(long total) {
            this.total = total;
        }

        void advance(long rows, String what) {
            done += rows;
            int width = 40;
            int filled = (int) (width * done / total);
            System.err.printf("\r[%s%s] %3d%% %,d/%,d %-40s", "#".repeat(filled), " ".repeat(width - filled),
                    100 * done / total, done, total, what);
        }

        void done() {
            System.err.println();
        }
    }
}
