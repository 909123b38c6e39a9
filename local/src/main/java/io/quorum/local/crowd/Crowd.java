package io.quorum.local.crowd;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * N simulated workers, each on its own thread, working a running stack through the worker API:
 * for demos, integration tests and benchmarks.
 *
 * <pre>{@code
 * CrowdReport report = Crowd.builder().baseUri(stack.baseUri()).adminKey(stack.adminKey())
 *         .workers(7).accuracy(0.8).seed(1).build()
 *         .runUntilIdle(Duration.ofSeconds(2));
 * }</pre>
 */
public final class Crowd {

    private final URI baseUri;
    private final String adminKey;
    private final List<String> names;
    private final List<WorkerProfile> profiles;
    private final Optional<String> projectId;
    private final long maxJudgments;
    private final long seed;
    private final HttpClient http;
    private final Duration backoffMin;
    private final Duration backoffMax;
    private final Optional<PrintStream> progress;
    private final Duration progressInterval;
    private volatile CrowdState running;

    private Crowd(Builder builder) {
        this.baseUri = Objects.requireNonNull(builder.baseUri, "baseUri");
        this.adminKey = Objects.requireNonNull(builder.adminKey, "adminKey");
        this.profiles = builder.profiles();
        this.names = new ArrayList<>();
        for (int i = 1; i <= profiles.size(); i++) {
            names.add(builder.namePrefix + "-" + i);
        }
        this.projectId = builder.projectId;
        this.maxJudgments = builder.maxJudgments;
        this.seed = builder.seed;
        this.http = builder.http != null ? builder.http
                : HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.backoffMin = builder.backoffMin;
        this.backoffMax = builder.backoffMax;
        this.progress = builder.progress;
        this.progressInterval = builder.progressInterval;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the workers, runs them until nobody has got a task for {@code idle} (zero: until
     * {@link #stop()} or the judgment limit), and reports. Worker creation failing throws; the
     * API refusing the workers later ends the run with {@link CrowdReport.StopReason#FAILED}.
     */
    public CrowdReport runUntilIdle(Duration idle) throws IOException, InterruptedException {
        AdminClient admin = new AdminClient(http, baseUri, adminKey);
        List<WorkerCredentials> credentials = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            credentials.add(admin.createWorker(names.get(i)));
        }
        CrowdState state = new CrowdState(idle.toNanos(), maxJudgments);
        running = state;
        List<CrowdMember> members = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            SimulatedWorker worker = new SimulatedWorker(profiles.get(i), new SplittableRandom(seed * 1_000_003L + i));
            members.add(new CrowdMember(credentials.get(i), worker, http, baseUri, projectId, state, new Backoff(backoffMin, backoffMax)));
        }
        List<Thread> threads = new ArrayList<>();
        for (CrowdMember member : members) {
            Thread thread = new Thread(member, "crowd-" + member.credentials().name());
            thread.start();
            threads.add(thread);
        }
        ScheduledExecutorService ticker = progress.map(out -> startProgress(out, state)).orElse(null);
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            state.stop(CrowdReport.StopReason.STOPPED);
            threads.forEach(Thread::interrupt);
            throw e;
        } finally {
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
        return report(state, members);
    }

    /** Ends a run from another thread: every worker finishes its current task and stops. */
    public void stop() {
        CrowdState state = running;
        if (state != null) {
            state.stop(CrowdReport.StopReason.STOPPED);
        }
    }

    private CrowdReport report(CrowdState state, List<CrowdMember> members) {
        long end = System.nanoTime();
        long judgments = state.judgments();
        Duration active = Duration.ofNanos(judgments == 0 ? 0 : state.lastJudgmentNanos() - state.startNanos());
        double rate = active.isZero() ? 0 : judgments / (active.toNanos() / 1e9);
        List<LatencyRecorder> latencies = members.stream().map(CrowdMember::claimLatency).toList();
        return new CrowdReport(state.stopReason(), state.failure(), judgments, active, Duration.ofNanos(end - state.startNanos()), rate,
                members.stream().map(CrowdMember::report).toList(),
                LatencyRecorder.percentile(latencies, 0.50), LatencyRecorder.percentile(latencies, 0.95), state.outcomes());
    }

    private ScheduledExecutorService startProgress(PrintStream out, CrowdState state) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "crowd-progress");
            thread.setDaemon(true);
            return thread;
        });
        long[] previous = {0, state.startNanos()};
        long interval = progressInterval.toMillis();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            long judgments = state.judgments();
            double recent = (judgments - previous[0]) / ((now - previous[1]) / 1e9);
            previous[0] = judgments;
            previous[1] = now;
            out.printf(Locale.ROOT, "%7.1f s  %7d judgments  %7.1f/s  no task x%d  errors x%d%n",
                    (now - state.startNanos()) / 1e9, judgments, recent,
                    state.count(outcome -> outcome.equals("claim 29")), state.count(CrowdState::isError));
        }, interval, interval, TimeUnit.MILLISECONDS);
        return ticker;
    }

    /** Settings for a crowd; only the base URI and the admin key are required. */
    public static final class Builder {
        private URI baseUri;
        private String adminKey;
        private int workers = 7;
        private List<Double> accuracies = List.of(0.8);
        private double boxNoise = 3;
        private double missRate = 0.05;
        private long thinkMillis;
        private WorkerProfile.ThinkJitter thinkJitter = WorkerProfile.ThinkJitter.EXPONENTIAL;
        private Optional<String> projectId = Optional.empty();
        private long maxJudgments;
        private long seed = 1;
        private HttpClient http;
        private Duration backoffMin = Duration.ofMillis(25);
        private Duration backoffMax = Duration.ofMillis(500);
        private Optional<PrintStream> progress = Optional.empty();
        private Duration progressInterval = Duration.ofSeconds(5);
        private String namePrefix = "crowd";

        private Builder() {
        }

        /** The API's base, e.g. {@code http://127.0.0.1:3000}. */
        public Builder baseUri(URI baseUri) {
            this.baseUri = baseUri;
            return this;
        }

        /** The operator key the workers are created with ({@code X-Admin-Key}). */
        public Builder adminKey(String adminKey) {
            this.adminKey = adminKey;
            return this;
        }

        public Builder workers(int workers) {
            if (workers < 1 || workers > 1000) {
                throw new IllegalArgumentException("workers must be from 1 to 1000, not " + workers);
            }
            this.workers = workers;
            return this;
        }

        /** The same accuracy for every worker. */
        public Builder accuracy(double accuracy) {
            return accuracies(List.of(accuracy));
        }

        /** One accuracy per worker, in order; a shorter list repeats. */
        public Builder accuracies(List<Double> accuracies) {
            if (accuracies.isEmpty()) {
                throw new IllegalArgumentException("at least one accuracy is needed");
            }
            this.accuracies = List.copyOf(accuracies);
            return this;
        }

        /** Standard deviation of the jitter on drawn coordinates, in pixels. */
        public Builder boxNoise(double pixels) {
            this.boxNoise = pixels;
            return this;
        }

        /** Probability of leaving out each object in a shape task. */
        public Builder missRate(double missRate) {
            this.missRate = missRate;
            return this;
        }

        public Builder thinkTime(Duration mean, WorkerProfile.ThinkJitter jitter) {
            this.thinkMillis = mean.toMillis();
            this.thinkJitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        /** Claim only from this project. */
        public Builder projectId(String projectId) {
            this.projectId = Optional.ofNullable(projectId);
            return this;
        }

        /** Stop after this many accepted answers; 0 (the default) sets no limit. */
        public Builder maxJudgments(long maxJudgments) {
            if (maxJudgments < 0) {
                throw new IllegalArgumentException("maxJudgments must not be negative");
            }
            this.maxJudgments = maxJudgments;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder httpClient(HttpClient http) {
            this.http = http;
            return this;
        }

        /** How long a worker waits after "no task": from min, doubling up to max, with jitter. */
        public Builder backoff(Duration min, Duration max) {
            this.backoffMin = Objects.requireNonNull(min, "min");
            this.backoffMax = Objects.requireNonNull(max, "max");
            return this;
        }

        /** Prints a progress line to {@code out} every {@code interval}. */
        public Builder progress(PrintStream out, Duration interval) {
            this.progress = Optional.of(out);
            this.progressInterval = interval;
            return this;
        }

        /** Worker names are {@code prefix-1..N} (default "crowd"). */
        public Builder namePrefix(String prefix) {
            this.namePrefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        public Crowd build() {
            return new Crowd(this);
        }

        private List<WorkerProfile> profiles() {
            List<WorkerProfile> profiles = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                profiles.add(new WorkerProfile(accuracies.get(i % accuracies.size()), boxNoise, missRate, thinkMillis, thinkJitter));
            }
            return profiles;
        }
    }
}
