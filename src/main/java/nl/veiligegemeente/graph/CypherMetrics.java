package nl.veiligegemeente.graph;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Prometheus timings of the Cypher statements {@link Graph} sends: read statements (sent and their
 * rows received), statements inside write transactions, and whole write transactions with their
 * commit. The three timers are created once.
 */
@ApplicationScoped
public class CypherMetrics {

    static final String STATEMENTS = "vgn.cypher.statements";
    static final String TRANSACTIONS = "vgn.cypher.write.transactions";

    private final Timer reads;
    private final Timer writes;
    private final Timer writeTransactions;

    CypherMetrics(MeterRegistry registry) {
        this.reads = statements(registry, "read");
        this.writes = statements(registry, "write");
        this.writeTransactions = Timer.builder(TRANSACTIONS)
                .description("Neo4j write transactions, retries and commit included")
                .publishPercentileHistogram()
                .register(registry);
    }

    <T> T read(Supplier<T> statement) {
        return reads.record(statement);
    }

    <T> T write(Supplier<T> statement) {
        return writes.record(statement);
    }

    <T> T writeTransaction(Supplier<T> transaction) {
        return writeTransactions.record(transaction);
    }

    private static Timer statements(MeterRegistry registry, String access) {
        return Timer.builder(STATEMENTS)
                .description("Cypher statements sent to Neo4j, by access mode")
                .tag("access", access)
                .publishPercentileHistogram()
                .register(registry);
    }
}
