package io.quorum.error;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a read-decide-write attempt again, from a fresh read, when its conditional write lost a race.
 * After a few lost races the client is told to try again (code 1), never left with a partial change.
 */
public final class OptimisticRetry {

    static final int ATTEMPTS = 5;
    private static final long BASE_BACKOFF_MILLIS = 10;

    private OptimisticRetry() {
    }

    /**
     * Full jitter: requests that collided on one item (parallel uploads to one project) spread out
     * instead of colliding again.
     */
    private static void backOff(int attempted) {
        long ceiling = BASE_BACKOFF_MILLIS << attempted;
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DomainException(Failure.INTERNAL, "the request was interrupted; try again");
        }
    }

    public static <T> T run(Supplier<T> attempt) {
        for (int attempted = 1; ; attempted++) {
            try {
                return attempt.get();
            } catch (ConcurrentModificationException raced) {
                if (attempted == ATTEMPTS) {
                    throw new DomainException(Failure.INTERNAL, "the project is being changed by other requests at the same time; try again");
                }
                backOff(attempted);
            }
        }
    }
}
