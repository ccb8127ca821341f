package nl.veiligegemeente.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import nl.veiligegemeente.support.GraphQLTest;

/**
 * A replica that finds {@code graph-seed/} locked by another one (they start together) waits until
 * the lock is released, and fails its start, saying what to do, when it stays locked longer than
 * {@code vgn.graph-seed.lock-wait}.
 */
@GraphQLTest
class GraphSeedLockTest {

    private static final String OTHER_REPLICAS_LOCK = "fixture-andere-replica";
    private static final Duration BOUND = Duration.ofMinutes(2);

    @Inject
    Driver driver;

    private final Logger seedLog = Logger.getLogger(GraphSeed.class.getName());
    private final CopyOnWriteArrayList<String> logged = new CopyOnWriteArrayList<>();
    private final Handler logHandler = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            logged.add(entry.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** The lock node Neo4j-Migrations writes, under its default name, as another replica's migration holds it. */
    @BeforeEach
    void anotherReplicaMigrates() {
        driver.executableQuery("CREATE (:__Neo4jMigrationsLock {id: $id, name: 'John Doe'})")
                .withParameters(Map.of("id", OTHER_REPLICAS_LOCK)).execute();
        seedLog.addHandler(logHandler);
    }

    @AfterEach
    void stopListening() {
        seedLog.removeHandler(logHandler);
        releaseTheOtherReplicasLock();
    }

    private void releaseTheOtherReplicasLock() {
        driver.executableQuery("MATCH (l:__Neo4jMigrationsLock {id: $id}) DELETE l")
                .withParameters(Map.of("id", OTHER_REPLICAS_LOCK)).execute();
    }

    @Test
    void theSeedIsAppliedOnceTheOtherReplicaReleasesTheLock() throws Exception {
        var applying = CompletableFuture.runAsync(new GraphSeed(driver, BOUND)::apply);
        var deadline = Instant.now().plus(BOUND);
        while (logged.stream().noneMatch(message -> message.startsWith("Another replica is applying graph-seed/"))) {
            assertThat(applying).as("waits for the lock instead of failing").isNotDone();
            assertThat(Instant.now()).as("it tried the lock").isBefore(deadline);
            Thread.sleep(50);
        }

        releaseTheOtherReplicasLock();

        applying.get(BOUND.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void aLockHeldLongerThanTheWaitFailsWithTheRemedy() {
        assertThatThrownBy(new GraphSeed(driver, Duration.ofSeconds(2))::apply)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("longer than PT2S (vgn.graph-seed.lock-wait)")
                .hasMessageContaining("MATCH (l:__Neo4jMigrationsLock) DELETE l");
    }
}
