package io.quorum.local.crowd;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** What the worker threads of one run share: counters, the idle clock and the reason to stop. */
final class CrowdState {

    private final long startNanos = System.nanoTime();
    private final long idleNanos;
    private final long maxJudgments;
    private final AtomicLong lastActivityNanos = new AtomicLong(startNanos);
    private final AtomicLong lastJudgmentNanos = new AtomicLong(startNanos);
    private final AtomicLong judgments = new AtomicLong();
    private final AtomicLong reserved = new AtomicLong();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final AtomicReference<CrowdReport.StopReason> stopReason = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();

    /** @param idleNanos 0: never stop for idleness; @param maxJudgments 0: no limit */
    CrowdState(long idleNanos, long maxJudgments) {
        this.idleNanos = idleNanos;
        this.maxJudgments = maxJudgments;
    }

    long startNanos() {
        return startNanos;
    }

    boolean stopping() {
        return stopReason.get() != null;
    }

    void stop(CrowdReport.StopReason reason) {
        stopReason.compareAndSet(null, reason);
    }

    void fail(String why) {
        if (stopReason.compareAndSet(null, CrowdReport.StopReason.FAILED)) {
            failure.set(why);
        }
    }

    CrowdReport.StopReason stopReason() {
        return stopReason.get();
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Someone got a task: the crowd is not idle. */
    void touch() {
        lastActivityNanos.set(System.nanoTime());
    }

    /** Stops the run when nobody has got a task for the idle time; answers whether it is stopping. */
    boolean stopIfIdle() {
        if (idleNanos > 0 && System.nanoTime() - lastActivityNanos.get() >= idleNanos) {
            stop(CrowdReport.StopReason.IDLE);
        }
        return stopping();
    }

    /** Claims the right to submit one more judgment under --max-judgments; false means stop. */
    boolean reserveJudgment() {
        if (maxJudgments == 0) {
            return true;
        }
        if (reserved.incrementAndGet() > maxJudgments) {
            reserved.decrementAndGet();
            stop(CrowdReport.StopReason.MAX_JUDGMENTS);
            return false;
        }
        return true;
    }

    /** The submit that a reservation was for did not count. */
    void releaseReservation() {
        if (maxJudgments > 0) {
            reserved.decrementAndGet();
        }
    }

    void judged() {
        long now = System.nanoTime();
        lastJudgmentNanos.accumulateAndGet(now, Math::max);
        if (judgments.incrementAndGet() == maxJudgments) {
            stop(CrowdReport.StopReason.MAX_JUDGMENTS);
        }
    }

    long judgments() {
        return judgments.get();
    }

    long lastJudgmentNanos() {
        return lastJudgmentNanos.get();
    }

    void count(String outcome) {
        outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
    }

    long count(java.util.function.Predicate<String> outcome) {
        return outcomes.entrySet().stream().filter(entry -> outcome.test(entry.getKey())).mapToLong(entry -> entry.getValue().sum()).sum();
    }

    Map<String, Long> outcomes() {
        Map<String, Long> snapshot = new TreeMap<>();
        outcomes.forEach((key, value) -> snapshot.put(key, value.sum()));
        return snapshot;
    }

    /** Outcomes that are neither a task handed out, a "no task", an accepted answer nor a release. */
    static boolean isError(String outcome) {
        return !outcome.equals("claim 0") && !outcome.equals("claim 29") && !outcome.equals("submit 0") && !outcome.equals("release 0");
    }
}
