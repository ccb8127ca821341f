package nl.veiligegemeente.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;

import org.jboss.logging.Logger;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

import nl.veiligegemeente.schema.ApiException;
import nl.veiligegemeente.schema.ErrorCode;

/**
 * The one way into Neo4j for requests: every Cypher statement the service sends while serving
 * one (all but the graph-seed migrations at start) goes through here, which is
 * what lets a test count the round trips a GraphQL request costs. Every transaction is bounded by
 * {@code vgn.neo4j.transaction-timeout}; one that runs longer is rolled back and answered with
 * {@link ErrorCode#TIMEOUT}.
 */
@ApplicationScoped
public class Graph {

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();
    private static final Logger LOG = Logger.getLogger(Graph.class);
    /** How often a read is tried when the driver calls its failure transient. */
    private static final int READ_ATTEMPTS = 3;

    private final Driver driver;
    private final CypherMetrics metrics;
    private final Duration transactionTimeout;
    private final TransactionConfig transactionConfig;
    private final SessionConfig readSession;
    private final AtomicLong statementsSent = new AtomicLong();
    private final AtomicLong writesCommitted = new AtomicLong();
    private final ReadConsistency consistency;
    private final InjectableBean<ReadConsistency> consistencyBean;

    Graph(Driver driver, CypherMetrics metrics, ReadConsistency consistency,
            @ConfigProperty(name = "vgn.neo4j.transaction-timeout") Duration transactionTimeout) {
        this.driver = driver;
        this.metrics = metrics;
        this.consistency = consistency;
        this.consistencyBean = Arc.container().instance(ReadConsistency.class).getBean();
        this.transactionTimeout = transactionTimeout;
        this.transactionConfig = TransactionConfig.builder().withTimeout(transactionTimeout).build();
        this.readSession = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
    }

    /** A statement rendered to its Cypher text once, with its parameters, for callers that run it again and again. */
    public record Rendered(String cypher, Map<String, Object> parameters) {

        public static Rendered of(Statement statement) {
            return new Rendered(RENDERER.render(statement), statement.getCatalog().getParameters());
        }

        /** The statement of a Cypher file on the class path (such as {@code /opendata/approaches.cypher}), without parameters yet. */
        public static Rendered ofFile(String path) {
            try (var in = Graph.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalArgumentException("No Cypher file " + path + " on the class path");
                }
                return new Rendered(new String(in.readAllBytes(), StandardCharsets.UTF_8), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The same statement with these parameters. */
        public Rendered with(Map<String, Object> values) {
            return new Rendered(cypher, values);
        }

        /** The same statement with one parameter set to another value (a key, when the text serves every node). */
        public Rendered with(String parameter, Object value) {
            var values = new HashMap<>(parameters);
            values.put(parameter, value);
            return with(values);
        }
    }

    /** Runs a read statement in its own auto-committed transaction and returns the value of its single column. */
    public List<Value> read(Statement statement) {
        return read(Rendered.of(statement));
    }

    /** Runs a rendered read statement in its own auto-committed transaction and returns the value of its single column. */
    public List<Value> read(Rendered statement) {
        var startedAt = System.nanoTime();
        statementsSent.incrementAndGet();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("Read %s with %s", statement.cypher(), statement.parameters());
        }
        try {
            var consistent = requestedConsistency();
            if (consistent != null) {
                return consistent.waitingFor(() -> metrics.read(() -> readAfter(consistent.required(), statement)));
            }
            return metrics.read(() -> autoCommitRead(readSession, statement, READ_ATTEMPTS));
        } catch (Neo4jException e) {
            throw timedOutOr(e, startedAt, transactionTimeout);
        }
    }

    /**
     * A read in an auto-commit transaction: one round trip (a managed transaction needs a second for
     * its commit), with no bookmarks unless the session starts from a consistency token's
     * ({@link #readAfter}). A failure the driver calls transient (a pooled connection found broken,
     * a server restarting) is tried again, as a managed transaction would be, up to {@code attempts} times.
     */
    private List<Value> autoCommitRead(SessionConfig sessionConfig, Rendered statement, int attempts) {
        for (int attempt = 1;; attempt++) {
            try (var session = driver.session(sessionConfig)) {
                return session.run(statement.cypher(), statement.parameters(), transactionConfig)
                        .list(record -> record.get(0));
            } catch (Neo4jException e) {
                if (!(e instanceof RetryableException) || attempt >= attempts) {
                    throw e;
                }
            }
        }
    }

    /**
     * Runs a read statement in its own auto-committed transaction and hands the value of each row's single
     * column to {@code each} as it arrives: the driver fetches the rows in batches as they are consumed, so
     * memory stays constant however many rows there are. Bounded by {@code timeout} instead of the usual
     * transaction timeout, because the consumer (a download) sets the pace; not retried, since rows were
     * handed on already.
     */
    public void readEach(Rendered statement, Duration timeout, Consumer<Value> each) {
        var startedAt = System.nanoTime();
        statementsSent.incrementAndGet();
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            var result = session.run(statement.cypher(), statement.parameters(),
                    TransactionConfig.builder().withTimeout(timeout).build());
            while (result.hasNext()) {
                each.accept(result.next().get(0));
            }
        } catch (Neo4jException e) {
            throw timedOutOr(e, startedAt, timeout);
        }
    }

    /**
     * The current request's {@link ReadConsistency} when it sent a consistency token, else null. Looks
     * it up without creating it, so a request without a token allocates nothing here.
     */
    private ReadConsistency requestedConsistency() {
        var requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return null;
        }
        var current = requestContext.get(consistencyBean);
        return current == null || current.required().isEmpty() ? null : current;
    }

    /**
     * A read in a session that starts from the token's bookmarks, tried once: a bookmark Neo4j cannot
     * reach fails once, after the server's bookmark wait, not once per retry.
     */
    private List<Value> readAfter(Set<Bookmark> bookmarks, Rendered statement) {
        var session = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withBookmarks(bookmarks).build();
        return autoCommitRead(session, statement, 1);
    }

    /**
     * Runs work in one write transaction that commits when the work returns and rolls back when it
     * throws. Inside a request, the committed transaction's bookmarks become the request's consistency token.
     */
    public <T> T write(Function<Writes, T> work) {
        return write(work, true);
    }

    /**
     * Like {@link #write}, for bookkeeping that no read of the API sees (the journal's outbox): it leaves
     * the results {@link RecentReads} keeps valid.
     */
    public <T> T writeBookkeeping(Function<Writes, T> work) {
        return write(work, false);
    }

    private <T> T write(Function<Writes, T> work, boolean changesReads) {
        var startedAt = System.nanoTime();
        try (var session = driver.session()) {
            var result = metrics.writeTransaction(() -> session.executeWrite(tx -> work.apply(new Writes(tx)),
                    transactionConfig));
            if (changesReads) {
                writesCommitted.incrementAndGet();
            }
            if (Arc.container().requestContext().isActive()) {
                consistency.wrote(session.lastBookmarks());
            }
            return result;
        } catch (Neo4jException e) {
            throw timedOutOr(e, startedAt, transactionTimeout);
        }
    }

    private RuntimeException timedOutOr(Neo4jException e, long startedAt, Duration timeout) {
        if (!timedOut(e.code(), Duration.ofNanos(System.nanoTime() - startedAt), timeout)) {
            return e;
        }
        return new ApiException(ErrorCode.TIMEOUT, "The database took longer than " + timeout.toMillis()
                + " ms, the most this service gives one transaction; nothing was changed. Ask for less, or try again later.");
    }

    /**
     * Whether Neo4j ended a transaction for its timeout: it says so, or (for a transaction that was
     * waiting for a lock) reports it terminated once the timeout has passed. Terminated sooner, an
     * operator or a shutdown ended it.
     */
    static boolean timedOut(String code, Duration ran, Duration timeout) {
        if (code == null) {
            return false;
        }
        return code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
                || (code.endsWith("Transaction.Terminated") || code.endsWith("Transaction.LockClientStopped"))
                        && ran.compareTo(timeout) >= 0;
    }

    /** How many write transactions this service has committed since it started, bookkeeping aside. */
    public long writesCommitted() {
        return writesCommitted.get();
    }

    /** Whether the current request sent a consistency token: its reads must see the writes the token names. */
    public boolean requestWaitsForWrites() {
        return requestedConsistency() != null;
    }

    /** How many statements this service has sent to Neo4j since it started. */
    public long statementsSent() {
        return statementsSent.get();
    }

    /** The statements of one write transaction, counted like every other statement. */
    public final class Writes {

        private final TransactionContext tx;

        private Writes(TransactionContext tx) {
            this.tx = tx;
        }

        /** Runs one statement inside the transaction and returns the value of the single column of each row. */
        public List<Value> run(Statement statement) {
            return run(Rendered.of(statement));
        }

        /** Runs one rendered statement inside the transaction and returns the value of the single column of each row. */
        public List<Value> run(Rendered statement) {
            statementsSent.incrementAndGet();
            return metrics.write(() -> tx.run(statement.cypher(), statement.parameters()).list(record -> record.get(0)));
        }
    }
}
