package io.quorum.testing;

import io.quorum.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test sets or advances it. */
public final class MutableClock implements Clock {

    /** The spec's example timestamp, 1597388950604 ms (2020-08-14T07:09:10.604Z). */
    public static final Instant SPEC_EXAMPLE_TIME = Instant.ofEpochMilli(1_597_388_950_604L);

    private final AtomicReference<Instant> now;

    public MutableClock() {
        this(SPEC_EXAMPLE_TIME);
    }

    public MutableClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public long millis() {
        return now.get().toEpochMilli();
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    public Instant advance(Duration by) {
        Objects.requireNonNull(by, "by");
        return now.updateAndGet(current -> current.plus(by));
    }
}
