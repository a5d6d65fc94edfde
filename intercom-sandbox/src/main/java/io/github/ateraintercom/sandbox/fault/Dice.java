package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.config.SandboxConfig;
import io.github.ateraintercom.sandbox.state.Resettable;
import jakarta.inject.Singleton;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one source of chance for fault rules. Seeded from {@code sandbox.faults.seed}, and re-seeded by
 * a reset, so the same requests in the same order meet the same faults.
 */
@Singleton
public class Dice implements Resettable {

    private final long seed;
    private Random random;

    public Dice(SandboxConfig config) {
        this.seed = config.faults().seed().orElseGet(() -> ThreadLocalRandom.current().nextLong());
        this.random = new Random(seed);
    }

    /** A number in [0, 1). */
    synchronized double roll() {
        return random.nextDouble();
    }

    /** A whole number in [0, bound]. */
    synchronized long upTo(long bound) {
        return bound == 0 ? 0 : random.nextLong(bound + 1);
    }

    @Override
    public synchronized void reset() {
        random = new Random(seed);
    }
}
