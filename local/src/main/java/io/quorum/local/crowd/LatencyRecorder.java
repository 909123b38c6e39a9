package io.quorum.local.crowd;

import java.time.Duration;
import java.util.Arrays;

/** Latencies one thread measured, for percentiles at the end; not thread-safe. */
final class LatencyRecorder {

    private long[] nanos = new long[256];
    private int count;

    void record(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    static Duration percentile(Iterable<LatencyRecorder> recorders, double fraction) {
        int total = 0;
        for (LatencyRecorder recorder : recorders) {
            total += recorder.count;
        }
        if (total == 0) {
            return Duration.ZERO;
        }
        long[] all = new long[total];
        int at = 0;
        for (LatencyRecorder recorder : recorders) {
            System.arraycopy(recorder.nanos, 0, all, at, recorder.count);
            at += recorder.count;
        }
        Arrays.sort(all);
        // Nearest rank: the smallest value with at least this fraction of values at or below it.
        int rank = (int) Math.ceil(fraction * total);
        return Duration.ofNanos(all[Math.max(0, Math.min(total - 1, rank - 1))]);
    }
}
