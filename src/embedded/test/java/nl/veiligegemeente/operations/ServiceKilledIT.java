package nl.veiligegemeente.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veiligegemeente.embedded.PostmasterPid;

/**
 * The packaged service with its embedded databases killed with SIGKILL while a client publishes
 * through it, then started again on the same data and ports, as a supervisor restarts a crashed
 * process: the killed JVM's PostgreSQL still runs on its port, and the new start must deal with it.
 */
class ServiceKilledIT {

    private static final Duration WRITES_WAIT = Duration.ofMinutes(3);
    private static final int ACKNOWLEDGED_BEFORE_KILL = 5;
    private static final String PREFIX = "fixture-kill-";

    @TempDir
    Path data;

    private ServiceProcess killed;
    private ServiceProcess restarted;

    /** Stops whatever still runs, even after a failure: the restarted service, and a PostgreSQL the killed one left behind. */
    @AfterEach
    void stopEverything() {
        for (var service : new ServiceProcess[] {restarted, killed}) {
            if (service != null) {
                service.close();
            }
        }
        PostmasterPid.of(data.resolve("pg")).ifPresent(PostmasterPid::stop);
    }

    @Test
    void aServiceKilledDuringAPublicationLoopStartsAgainAndLosesNoAcknowledgedPublication() throws Exception {
        var httpPort = ServiceProcess.freePort();
        var settings = ServiceProcess.withCommonSettings(Map.of(
                "VGN_DATA_DIR", data.toString(),
                "VGN_EMBEDDED_NEO4J_PORT", String.valueOf(ServiceProcess.freePort()),
                "VGN_EMBEDDED_NEO4J_PAGE_CACHE_MIB", "64",
                "VGN_EMBEDDED_POSTGRES_PORT", String.valueOf(ServiceProcess.freePort())));
        killed = ServiceProcess.start("service-to-kill", httpPort, settings);
        var token = Publications.createPublisher(killed, "Fixture kill -9");
        var acknowledged = new CopyOnWriteArrayList<String>();
        var loop = CompletableFuture.supplyAsync(() -> Publications.publishUntilGone(killed, token, PREFIX, acknowledged));
        ServiceProcess.await(ACKNOWLEDGED_BEFORE_KILL + " writes acknowledged", WRITES_WAIT,
                () -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL || loop.isDone(), killed::logTail);
        assertThat(loop).as("the loop still runs").isNotDone();
        var postgresOfKilled = PostmasterPid.of(data.resolve("pg"))
                .orElseThrow(() -> new AssertionError("No embedded PostgreSQL runs\n" + killed.logTail()));

        killed.kill();
        var attempts = loop.get(WRITES_WAIT.toSeconds(), TimeUnit.SECONDS);
        System.out.printf("The killed service acknowledged %d of %d publications%n", acknowledged.size(), attempts);
        assertThat(attempts).as("the loop ended because the service went away").isLessThan(Publications.MAX_ATTEMPTS);
        assertThat(postgresOfKilled.isAlive()).as("the killed service's PostgreSQL still runs, as after a real crash").isTrue();

        restarted = ServiceProcess.start("service-killed-and-restarted", httpPort, settings);

        assertThat(postgresOfKilled.isAlive()).as(() -> "the killed service's PostgreSQL after the restart\n"
                + restarted.logTail()).isFalse();
        Publications.awaitEmptyOutbox(restarted);
        var inGraph = Publications.approachIds(restarted, PREFIX);
        assertThat(inGraph).as(() -> "every acknowledged publication in the graph\n" + restarted.logTail())
                .containsAll(acknowledged);
        assertThat(Publications.journaledCreations(restarted, PREFIX))
                .as(() -> "one CREATED row for every publication that committed, acknowledged or not\n" + restarted.logTail())
                .containsExactlyInAnyOrderElementsOf(inGraph);
    }
}
