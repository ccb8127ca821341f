package nl.veiligegemeente.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Which ends of a transaction a client is told were its timeout (TIMEOUT), and which not (INTERNAL). */
class TransactionTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void aTransactionNeo4jReportsTimedOutTimedOut() {
        assertThat(Graph.timedOut("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                Duration.ofSeconds(10), TIMEOUT)).isTrue();
    }

    @Test
    void aTransactionTerminatedWhileWaitingForALockPastItsTimeoutTimedOut() {
        assertThat(Graph.timedOut("Neo.ClientError.Transaction.Terminated", Duration.ofMillis(10_050), TIMEOUT)).isTrue();
        assertThat(Graph.timedOut("Neo.TransientError.Transaction.LockClientStopped", TIMEOUT, TIMEOUT)).isTrue();
    }

    @Test
    void aTransactionTerminatedBeforeItsTimeoutWasEndedBySomeoneElse() {
        assertThat(Graph.timedOut("Neo.ClientError.Transaction.Terminated", Duration.ofSeconds(2), TIMEOUT)).isFalse();
        assertThat(Graph.timedOut("Neo.ClientError.Schema.ConstraintValidationFailed", Duration.ofSeconds(30), TIMEOUT))
                .isFalse();
        assertThat(Graph.timedOut(null, Duration.ofSeconds(30), TIMEOUT)).isFalse();
    }
}
