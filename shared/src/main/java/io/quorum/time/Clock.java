package io.quorum.time;

import java.time.Instant;

/** Port for the current time, so that time-based rules are tested by moving a clock, never by sleeping. */
@FunctionalInterface
public interface Clock {

    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
