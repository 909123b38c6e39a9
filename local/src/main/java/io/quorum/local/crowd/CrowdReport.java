package io.quorum.local.crowd;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a crowd run did.
 *
 * @param judgments          answers the API accepted (duplicates not counted)
 * @param activeTime         from the start to the last accepted answer: the rate leaves out the idle
 *                           wait that ends a run
 * @param wallTime           from the start to the end, idle wait included
 * @param judgmentsPerSecond judgments over activeTime
 * @param codes              every outcome by call and v1 code ("claim 0", "claim 29", "submit 31",
 *                           "download HTTP 404", "io"...), sorted
 * @param failure            why the run stopped early, when stopReason is FAILED
 */
public record CrowdReport(
        StopReason stopReason,
        Optional<String> failure,
        long judgments,
        Duration activeTime,
        Duration wallTime,
        double judgmentsPerSecond,
        List<WorkerReport> workers,
        Duration claimLatencyP50,
        Duration claimLatencyP95,
        Map<String, Long> codes) {

    public enum StopReason {
        /** Nothing to claim for the idle time. */
        IDLE,
        /** The requested number of judgments was reached. */
        MAX_JUDGMENTS,
        /** {@link Crowd#stop()} was called. */
        STOPPED,
        /** The API refused the crowd in a way retrying cannot fix (unknown worker, bad signature, no worker API). */
        FAILED
    }

    /** One simulated worker's share; observed accuracy counts only answers to readable demo images. */
    public record WorkerReport(String name, String workerId, double accuracy, long judgments, long checked, long correct) {

        public OptionalDouble observedAccuracy() {
            return checked == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / checked);
        }
    }

    public CrowdReport {
        workers = List.copyOf(workers);
        codes = Map.copyOf(codes);
    }

    public long count(String outcome) {
        return codes.getOrDefault(outcome, 0L);
    }

    /** The summary the CLI prints. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Crowd finished (%s): %d judgments in %.1f s active (%.1f s total), %.1f judgments/s%n",
                stopReason.name().toLowerCase(Locale.ROOT).replace('_', ' '), judgments, seconds(activeTime), seconds(wallTime), judgmentsPerSecond));
        failure.ifPresent(why -> text.append("  stopped because: ").append(why).append(System.lineSeparator()));
        text.append(String.format(Locale.ROOT, "  claim latency p50 %.1f ms, p95 %.1f ms%n", millis(claimLatencyP50), millis(claimLatencyP95)));
        text.append(String.format(Locale.ROOT, "  %-12s %-34s %8s %10s %9s%n", "worker", "workerId", "accuracy", "judgments", "observed"));
        for (WorkerReport worker : workers) {
            String observed = worker.observedAccuracy().isPresent()
                    ? String.format(Locale.ROOT, "%.2f", worker.observedAccuracy().getAsDouble()) + " (" + worker.checked() + ")"
                    : "-";
            text.append(String.format(Locale.ROOT, "  %-12s %-34s %8.2f %10d %9s%n", worker.name(), worker.workerId(), worker.accuracy(), worker.judgments(), observed));
        }
        text.append("  outcomes: ");
        codes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> text.append(entry.getKey()).append(" x").append(entry.getValue()).append("  "));
        return text.toString().stripTrailing() + System.lineSeparator();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
