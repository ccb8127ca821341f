package nl.veiligegemeente.support;

import java.util.Collections;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Test classes in a random order, so that a test that needs what another wrote fails. The seed is
 * printed at the start of the run; {@code -Dtest.order.seed=<seed>} repeats that order. Quarkus
 * keeps its tests grouped and orders the classes within each group with this one (see the pom).
 */
public final class RandomClassOrder implements ClassOrderer {

    /** The system property that repeats an order. */
    public static final String SEED = "test.order.seed";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        var seed = Long.getLong(SEED, System.nanoTime());
        System.out.println("Test classes run in random order; repeat it with -D" + SEED + "=" + seed);
        Collections.shuffle(context.getClassDescriptors(), new java.util.Random(seed));
    }
}
