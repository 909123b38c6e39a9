package io.quorum.local.crowd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The crowd loop against a strict fake of the worker API. */
class CrowdTest {

    private static final List<String> ALL_TYPES = List.of("single_choice", "multiple_choice", "rectangle_frame_select", "free_point", "stroke", "cube_circle");
    private static final List<String> ANIMALS = List.of("cat", "dog", "bird");

    private FakeWorkerApi api;

    @BeforeEach
    void start() throws Exception {
        api = new FakeWorkerApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Crowd.Builder crowd(int workers) {
        return Crowd.builder().baseUri(api.baseUri()).adminKey(FakeWorkerApi.ADMIN_KEY).workers(workers).seed(3)
                .backoff(Duration.ofMillis(10), Duration.ofMillis(80));
    }

    private static Crowd.Builder perfect(Crowd.Builder builder) {
        return builder.accuracy(1).boxNoise(0).missRate(0);
    }

    @Test
    void everyTaskOfEveryTypeIsAnsweredOnceCorrectlyThenTheIdleCrowdStops() throws Exception {
        api.add(FakeWorkerApi.demoTasks(48, ALL_TYPES, ANIMALS, 1));
        CrowdReport report = perfect(crowd(4)).build().runUntilIdle(Duration.ofMillis(300));

        assertEquals(CrowdReport.StopReason.IDLE, report.stopReason());
        assertEquals(48, report.judgments());
        assertEquals(List.of(), api.refusals());
        Map<String, Long> answersPerSample = api.accepted().stream()
                .collect(Collectors.groupingBy(accepted -> accepted.task().sampleId(), Collectors.counting()));
        assertEquals(48, answersPerSample.size());
        assertTrue(answersPerSample.values().stream().allMatch(count -> count == 1), answersPerSample.toString());
        assertEquals(48, report.count("submit 0"));
        assertEquals(48, report.count("claim 0"));
        assertEquals(48, report.workers().stream().mapToLong(CrowdReport.WorkerReport::judgments).sum());
        assertEquals(48, report.workers().stream().mapToLong(CrowdReport.WorkerReport::checked).sum(), "every demo image was read");
        report.workers().forEach(worker -> assertEquals(worker.checked(), worker.correct(), "perfect workers: " + worker));
        assertTrue(report.judgmentsPerSecond() > 0);
        assertTrue(report.wallTime().compareTo(report.activeTime()) >= 0);
        assertTrue(report.wallTime().compareTo(Duration.ofSeconds(5)) < 0, "stopped soon after the idle time: " + report.wallTime());
        assertTrue(report.summary().contains("48 judgments"), report.summary());
    }

    @Test
    void workersBackOffOnAnEmptyQueueAndPickUpTasksThatArriveLater() throws Exception {
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            later.schedule(() -> api.add(FakeWorkerApi.demoTasks(12, List.of("single_choice"), ANIMALS, 2)), 400, TimeUnit.MILLISECONDS);
            CrowdReport report = crowd(3).build().runUntilIdle(Duration.ofMillis(700));

            assertEquals(12, report.judgments());
            assertEquals(CrowdReport.StopReason.IDLE, report.stopReason());
            Map<String, Integer> noTask = api.noTaskAnswersByWorker();
            assertEquals(3, noTask.size(), "every worker met the empty queue: " + noTask);
            // Without back-off each worker would poll hundreds of times in ~1.1 s; with 10..80 ms waits, a few dozen at most.
            noTask.values().forEach(count -> assertTrue(count >= 3 && count <= 60, "no-task answers per worker: " + noTask));
            assertEquals(noTask.values().stream().mapToLong(Integer::longValue).sum(), report.count("claim 29"));
        } finally {
            later.shutdownNow();
        }
    }

    @Test
    void maxJudgmentsStopsTheCrowdAtExactlyThatMany() throws Exception {
        api.add(FakeWorkerApi.demoTasks(60, List.of("single_choice", "rectangle_frame_select"), ANIMALS, 3));
        CrowdReport report = crowd(4).maxJudgments(10).build().runUntilIdle(Duration.ofSeconds(5));

        assertEquals(CrowdReport.StopReason.MAX_JUDGMENTS, report.stopReason());
        assertEquals(10, report.judgments());
        assertEquals(10, api.accepted().size());
        assertEquals(50, api.queued(), "tasks claimed but not answered were released");
    }

    @Test
    void expiredLeasesAreCountedByCodeAndTheTaskIsAnsweredLater() throws Exception {
        List<FakeWorkerApi.FakeTask> tasks = FakeWorkerApi.demoTasks(6, List.of("free_point"), ANIMALS, 4);
        api.add(tasks);
        api.expireFirstSubmitOf(tasks.get(0).sampleId());
        api.expireFirstSubmitOf(tasks.get(3).sampleId());
        CrowdReport report = crowd(2).build().runUntilIdle(Duration.ofMillis(300));

        assertEquals(6, report.judgments());
        assertEquals(2, report.count("submit 31"));
        assertEquals(6, api.accepted().stream().map(accepted -> accepted.task().sampleId()).distinct().count());
        assertTrue(report.summary().contains("submit 31 x2"), report.summary());
    }

    @Test
    void imagesWithoutReadableTruthStillGetValidAnswersButAreNotScored() throws Exception {
        FakeWorkerApi.FakeTask missing = new FakeWorkerApi.FakeTask("gone", "rectangle_frame_select", List.of(), null, 90, 70);
        byte[] photo = Images.png(new java.awt.image.BufferedImage(50, 40, java.awt.image.BufferedImage.TYPE_INT_RGB));
        FakeWorkerApi.FakeTask black = new FakeWorkerApi.FakeTask("black", "single_choice", ANIMALS, photo, 50, 40);
        api.add(List.of(missing, black));
        api.add(FakeWorkerApi.demoTasks(4, List.of("cube_circle", "stroke"), ANIMALS, 5));
        CrowdReport report = crowd(2).build().runUntilIdle(Duration.ofMillis(300));

        assertEquals(6, report.judgments());
        assertEquals(List.of(), api.refusals());
        assertEquals(4, report.workers().stream().mapToLong(CrowdReport.WorkerReport::checked).sum(), "only the demo images are scored");
        assertEquals(1, report.count("download HTTP 404"));
    }

    @Test
    void noisyWorkersShowTheirAccuracyInTheReport() throws Exception {
        api.add(FakeWorkerApi.demoTasks(240, List.of("single_choice"), ANIMALS, 6));
        CrowdReport report = crowd(2).accuracies(List.of(0.9, 0.5)).build().runUntilIdle(Duration.ofMillis(300));

        assertEquals(240, report.judgments());
        Map<Double, CrowdReport.WorkerReport> byAccuracy = report.workers().stream()
                .collect(Collectors.toMap(CrowdReport.WorkerReport::accuracy, Function.identity()));
        CrowdReport.WorkerReport good = byAccuracy.get(0.9);
        CrowdReport.WorkerReport poor = byAccuracy.get(0.5);
        assertTrue(good.checked() > 40 && poor.checked() > 40, report.summary());
        assertEquals(0.9, good.observedAccuracy().getAsDouble(), 0.1, report.summary());
        assertEquals(0.5, poor.observedAccuracy().getAsDouble(), 0.15, report.summary());
    }

    @Test
    void aStackWithoutTheWorkerApiEndsTheRunWithAReason() throws Exception {
        api.answerEveryClaimWith(4);
        CrowdReport report = crowd(2).build().runUntilIdle(Duration.ofSeconds(5));

        assertEquals(CrowdReport.StopReason.FAILED, report.stopReason());
        assertTrue(report.failure().orElseThrow().contains("worker API"), report.failure().toString());
        assertEquals(0, report.judgments());
    }

    @Test
    void aWrongAdminKeyFailsBeforeAnyWorkerStarts() {
        Crowd crowd = Crowd.builder().baseUri(api.baseUri()).adminKey("not-the-key-not-the-key-not-the-key").workers(1).build();
        ApiException refused = assertThrows(ApiException.class, () -> crowd.runUntilIdle(Duration.ofMillis(100)));
        assertEquals(403, refused.httpStatus());
        assertFalse(refused.getMessage().contains("not-the-key"), "the key is never printed");
    }

    @Test
    void stopEndsARunThatWouldOtherwiseNeverBeIdle() throws Exception {
        Crowd crowd = crowd(2).build();
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try {
            later.schedule(crowd::stop, 300, TimeUnit.MILLISECONDS);
            CrowdReport report = crowd.runUntilIdle(Duration.ZERO);
            assertEquals(CrowdReport.StopReason.STOPPED, report.stopReason());
        } finally {
            later.shutdownNow();
        }
    }
}
