package io.quorum.local.crowd;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits after "no task" answers: exponential up to a cap, with full jitter so that a crowd that
 * found the queue empty at the same moment does not come back at the same moment either.
 */
final class Backoff {

    private final long minMillis;
    private final long maxMillis;
    private long ceilingMillis;

    Backoff(Duration min, Duration max) {
        this.minMillis = Math.max(1, min.toMillis());
        this.maxMillis = Math.max(minMillis, max.toMillis());
        this.ceilingMillis = minMillis;
    }

    void reset() {
        ceilingMillis = minMillis;
    }

    /** The next wait; each call doubles the ceiling until the maximum. */
    long nextMillis() {
        long wait = ThreadLocalRandom.current().nextLong(minMillis, ceilingMillis + 1);
        ceilingMillis = Math.min(maxMillis, ceilingMillis * 2);
        return wait;
    }
}
