package io.quorum.local.crowd;

import io.quorum.local.LocalInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code crowd}, {@code demo-images} and {@code demo} commands of quorum-local. Exit codes:
 * 0 done, 1 failed (the stack refused or is missing), 2 bad command line.
 */
public final class CrowdCli {

    public static final Set<String> COMMANDS = Set.of("crowd", "demo-images", "demo");

    private static final Set<String> CROWD_FLAGS = Set.of("--api", "--admin-key", "--workers", "--accuracy", "--accuracies", "--box-noise",
            "--miss-rate", "--think-ms", "--think-jitter", "--project", "--until-idle", "--max-judgments", "--seed", "--progress");
    private static final Set<String> IMAGE_FLAGS = Set.of("--count", "--classes", "--out", "--seed");
    private static final Set<String> DEMO_FLAGS = Set.of("--api", "--admin-key", "--user-id", "--secret-key", "--images", "--classes",
            "--seed", "--repetition", "--page-size", "--every");
    private static final List<String> DEFAULT_CLASSES = List.of("cat", "dog");
    private static final String JAR = "java -jar local/target/quorum-local.jar";

    private CrowdCli() {
    }

    public static String usage() {
        return """
                  quorum-local crowd [--api URL] [--workers 7] [--accuracy 0.8 | --accuracies 0.9,0.8,...] [--box-noise 3]
                                     [--miss-rate 0.05] [--think-ms 0] [--think-jitter exponential|uniform] [--project ID]
                                     [--until-idle 10] [--max-judgments N] [--seed 1] [--progress 5] [--admin-key KEY]
                                                            simulated workers answer micro-tasks through the worker API
                                                            (--until-idle 0: until Ctrl-C or --max-judgments)
                  quorum-local demo-images --out DIR [--count 200] [--classes cat,dog] [--seed 1]
                                                            write labeled PNGs (background = class, yellow boxes = objects)
                  quorum-local demo [--images 20] [--classes cat,dog] [--repetition N] [--seed 1] [--api URL]
                                                            create, upload, start and approve a demo project
                  quorum-local demo progress <projectId> [--every SECONDS]   the project's counters (repeated until completed)
                  quorum-local demo results <projectId> [--page-size 50]     decided labels, checked against the file names
                """;
    }

    public static int run(String command, List<String> args, PrintStream out, PrintStream err) {
        try {
            return switch (command) {
                case "crowd" -> crowd(Flags.parse(args, CROWD_FLAGS, Set.of()), out);
                case "demo-images" -> demoImages(Flags.parse(args, IMAGE_FLAGS, Set.of()), out);
                case "demo" -> demo(Flags.parse(args, DEMO_FLAGS, Set.of()), out);
                default -> throw new Flags.UsageException("unknown command " + command);
            };
        } catch (Flags.UsageException e) {
            err.println("quorum-local " + command + ": " + e.getMessage());
            err.println();
            err.print(usage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("quorum-local " + command + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    // ---- crowd ----

    private static int crowd(Flags flags, PrintStream out) throws IOException, InterruptedException {
        noPositional(flags);
        HttpClient http = RunningStack.httpClient();
        URI api = URI.create(flags.text("--api", RunningStack.DEFAULT_API));
        Crowd.Builder builder = crowdSettings(flags).baseUri(api).httpClient(http)
                .progress(out, Duration.ofSeconds(flags.integer("--progress", 5, 1, 3600)));
        Duration idle = Duration.ofSeconds(flags.integer("--until-idle", 10, 0, 86_400));
        Crowd crowd = builder.adminKey(adminKey(flags, http, api)).build();
        Thread stopOnCtrlC = new Thread(crowd::stop, "crowd-stop");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        out.printf(Locale.ROOT, "Crowd of %d simulated workers on %s%s; stops after %s%n", flags.integer("--workers", 7, 1, 1000), api,
                flags.text("--project").map(id -> " (project " + id + ")").orElse(""),
                idle.isZero() ? "Ctrl-C" : idle.toSeconds() + " s without a task");
        CrowdReport report = crowd.runUntilIdle(idle);
        Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
        out.print(report.summary());
        return report.stopReason() == CrowdReport.StopReason.FAILED ? 1 : 0;
    }

    /** Everything but where the stack is, checked before anything is asked of it. */
    private static Crowd.Builder crowdSettings(Flags flags) {
        Crowd.Builder builder = Crowd.builder()
                .workers((int) flags.integer("--workers", 7, 1, 1000))
                .boxNoise(flags.decimal("--box-noise", 3, 0, 1000))
                .missRate(flags.decimal("--miss-rate", 0.05, 0, 1))
                .thinkTime(Duration.ofMillis(flags.integer("--think-ms", 0, 0, 3_600_000)), thinkJitter(flags))
                .maxJudgments(flags.integer("--max-judgments", 0, 0, Long.MAX_VALUE))
                .seed(flags.integer("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE));
        if (flags.has("--accuracy") && flags.has("--accuracies")) {
            throw new Flags.UsageException("give --accuracy or --accuracies, not both");
        }
        if (flags.has("--accuracies")) {
            builder.accuracies(flags.list("--accuracies", List.of()).stream().map(text -> Flags.decimal("--accuracies", text, 0, 1)).toList());
        } else {
            builder.accuracy(flags.decimal("--accuracy", 0.8, 0, 1));
        }
        flags.text("--project").ifPresent(builder::projectId);
        return builder;
    }

    private static WorkerProfile.ThinkJitter thinkJitter(Flags flags) {
        String jitter = flags.text("--think-jitter", "exponential");
        try {
            return WorkerProfile.ThinkJitter.valueOf(jitter.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Flags.UsageException("--think-jitter is exponential or uniform, not " + jitter);
        }
    }

    // ---- demo-images ----

    private static int demoImages(Flags flags, PrintStream out) throws IOException {
        noPositional(flags);
        Path dir = Path.of(flags.text("--out").orElseThrow(() -> new Flags.UsageException("--out DIR is required")));
        int count = (int) flags.integer("--count", 200, 1, 100_000);
        DemoImages images = images(flags);
        images.writeTo(dir, count);
        out.printf(Locale.ROOT, "Wrote %d PNG images (%d..%d px) to %s: background colour = class (%s), yellow rectangles = objects%n",
                count, DemoImages.MIN_SIDE, DemoImages.MAX_SIDE, dir, String.join(", ", images.classes()));
        return 0;
    }

    private static DemoImages images(Flags flags) {
        try {
            return new DemoImages(flags.integer("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE), flags.list("--classes", DEFAULT_CLASSES));
        } catch (IllegalArgumentException e) {
            throw new Flags.UsageException("--classes: " + e.getMessage());
        }
    }

    // ---- demo ----

    private static int demo(Flags flags, PrintStream out) throws IOException, InterruptedException {
        HttpClient http = RunningStack.httpClient();
        URI api = URI.create(flags.text("--api", RunningStack.DEFAULT_API));
        Optional<LocalInfo> info = flags.has("--user-id") && flags.has("--secret-key") ? Optional.empty() : RunningStack.info(http, api);
        String userId = flags.text("--user-id").or(() -> info.map(i -> i.demo().userId()))
                .orElseThrow(() -> new IllegalStateException(RunningStack.needInfo(api)));
        String secretKey = flags.text("--secret-key").or(() -> info.map(i -> i.demo().secretKey()))
                .orElseThrow(() -> new IllegalStateException(RunningStack.needInfo(api)));
        SignedClient customer = new SignedClient(http, api, userId, secretKey);
        List<String> positional = flags.positional();
        if (positional.isEmpty()) {
            return demoProject(flags, out, http, api, info, customer);
        }
        if (positional.size() != 2 || !Set.of("progress", "results").contains(positional.get(0))) {
            throw new Flags.UsageException("demo takes no argument, or progress <projectId>, or results <projectId>");
        }
        DemoReports reports = new DemoReports(customer, out);
        String projectId = positional.get(1);
        if (positional.get(0).equals("results")) {
            reports.results(projectId, (int) flags.integer("--page-size", 50, 1, 100));
            return 0;
        }
        long every = flags.integer("--every", 0, 0, 3600);
        while (!reports.progress(projectId).equals("completed") && every > 0) {
            Thread.sleep(every * 1000);
        }
        return 0;
    }

    private static int demoProject(Flags flags, PrintStream out, HttpClient http, URI api, Optional<LocalInfo> info, SignedClient customer)
            throws IOException, InterruptedException {
        String adminKey = flags.text("--admin-key").or(() -> info.map(LocalInfo::adminKey))
                .orElseThrow(() -> new IllegalStateException(RunningStack.needInfo(api)));
        int count = (int) flags.integer("--images", 20, 1, 10_000);
        int repetition = (int) flags.integer("--repetition", 0, 0, 15);
        DemoImages images = images(flags);
        out.println("Demo on " + api + " as " + customer.userId());
        String projectId = new DemoProject(http, customer, new AdminClient(http, api, adminKey), out).run(images, count, repetition);
        String apiFlag = flags.has("--api") ? " --api " + api : "";
        out.println();
        out.println("Next:");
        out.println("  " + JAR + " crowd --project " + projectId + " --workers 7 --accuracy 0.8" + apiFlag + "   # answer the micro-tasks");
        out.println("  " + JAR + " demo progress " + projectId + " --every 2" + apiFlag + "                  # watch the counters");
        out.println("  " + JAR + " demo results " + projectId + apiFlag + "                             # read the decided labels");
        return 0;
    }

    // ---- shared ----

    private static String adminKey(Flags flags, HttpClient http, URI api) throws InterruptedException {
        if (flags.has("--admin-key")) {
            return flags.text("--admin-key").orElseThrow();
        }
        return RunningStack.info(http, api).map(LocalInfo::adminKey).orElseThrow(() -> new IllegalStateException(RunningStack.needInfo(api)));
    }

    private static void noPositional(Flags flags) {
        if (!flags.positional().isEmpty()) {
            throw new Flags.UsageException("unexpected argument " + flags.positional().get(0));
        }
    }
}
