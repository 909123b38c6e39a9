package io.quorum.error;

import java.util.function.Supplier;

/**
 * Runs a read-decide-write attempt again, from a fresh read, when its conditional write lost a race.
 * After a few lost races the client is told to try again (code 1), never left with a partial change.
 */
public final class OptimisticRetry {

    static final int ATTEMPTS = 3;

    private OptimisticRetry() {
    }

    public static <T> T run(Supplier<T> attempt) {
        for (int attempted = 1; ; attempted++) {
            try {
                return attempt.get();
            } catch (ConcurrentModificationException raced) {
                if (attempted == ATTEMPTS) {
                    throw new DomainException(Failure.INTERNAL, "the project is being changed by other requests at the same time; try again");
                }
            }
        }
    }
}
