package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;

/**
 * One simulated worker's loop on its own thread: claim, look at the image, answer, submit, until
 * the crowd stops. Owns its counters; the crowd reads them once the thread has ended.
 */
final class CrowdMember implements Runnable {

    static final String CLAIM_PATH = "/api/v1/worker/claim";
    static final String SUBMIT_PATH = "/api/v1/worker/submit";
    static final String RELEASE_PATH = "/api/v1/worker/release";

    private static final int NO_TASK = 29;
    /**
     * Codes that retrying cannot fix: unknown caller, URL not served (a stack without the worker
     * API), permission, bad signature.
     */
    private static final Set<Integer> FATAL_CODES = Set.of(4, 5, 6, 27);

    private final WorkerCredentials credentials;
    private final SimulatedWorker worker;
    private final SignedClient api;
    private final HttpClient http;
    private final Optional<String> projectId;
    private final CrowdState crowd;
    private final Backoff backoff;
    private final LatencyRecorder claimLatency = new LatencyRecorder();
    private long judgments;
    private long checked;
    private long correct;

    CrowdMember(WorkerCredentials credentials, SimulatedWorker worker, HttpClient http, URI baseUri,
                Optional<String> projectId, CrowdState crowd, Backoff backoff) {
        this.credentials = credentials;
        this.worker = worker;
        this.http = http;
        this.api = new SignedClient(http, baseUri, credentials.workerId(), credentials.secretKey());
        this.projectId = projectId;
        this.crowd = crowd;
        this.backoff = backoff;
    }

    @Override
    public void run() {
        try {
            while (!crowd.stopping()) {
                step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            crowd.stop(CrowdReport.StopReason.STOPPED);
        } catch (RuntimeException e) {
            crowd.fail(credentials.name() + ": " + e);
        }
    }

    private void step() throws InterruptedException {
        Optional<ClaimedTask> claimed = claim();
        if (claimed.isEmpty()) {
            if (!crowd.stopIfIdle()) {
                Thread.sleep(backoff.nextMillis());
            }
            return;
        }
        backoff.reset();
        crowd.touch();
        ClaimedTask task = claimed.get();
        Optional<BufferedImage> image = download(task);
        Optional<GroundTruth> truth = image.flatMap(decoded -> GroundTruth.read(decoded, task.options()));
        Optional<ImageSize> size = image.map(decoded -> new ImageSize(decoded.getWidth(), decoded.getHeight()))
                .or(() -> task.imageWidth().isPresent() && task.imageHeight().isPresent()
                        ? Optional.of(new ImageSize(task.imageWidth().getAsInt(), task.imageHeight().getAsInt()))
                        : Optional.empty());
        Optional<ObjectNode> answer = worker.answer(task, truth, size);
        if (answer.isEmpty()) {
            crowd.count("unanswerable " + task.taskType());
            release(task);
            return;
        }
        long think = worker.thinkMillis();
        if (think > 0) {
            Thread.sleep(think);
        }
        if (!crowd.reserveJudgment()) {
            release(task);
            return;
        }
        if (submit(task, answer.get())) {
            judgments++;
            if (truth.isPresent()) {
                checked++;
                if (AnswerCheck.matches(task.taskType(), answer.get(), truth.get(), task.options())) {
                    correct++;
                }
            }
            crowd.judged();
        } else {
            crowd.releaseReservation();
        }
        crowd.touch();
    }

    private Optional<ClaimedTask> claim() throws InterruptedException {
        ObjectNode params = Json.object();
        projectId.ifPresent(id -> params.put("projectId", id));
        long started = System.nanoTime();
        Optional<ApiAnswer> answer = call("claim", CLAIM_PATH, params);
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        claimLatency.record(System.nanoTime() - started);
        int code = answer.get().code();
        if (code == 0) {
            return Optional.of(ClaimedTask.fromClaim(answer.get().data()));
        }
        if (FATAL_CODES.contains(code)) {
            crowd.fail("claim answered code " + code + ": " + answer.get().error()
                    + (code == 4 ? " (does this stack serve the worker API?)" : ""));
        }
        return Optional.empty();
    }

    private boolean submit(ClaimedTask task, ObjectNode answer) throws InterruptedException {
        ObjectNode params = Json.object();
        params.put("taskToken", task.taskToken());
        params.set("answer", answer);
        Optional<ApiAnswer> submitted = call("submit", SUBMIT_PATH, params);
        return submitted.isPresent() && submitted.get().ok() && !submitted.get().data().path("duplicate").asBoolean(false);
    }

    private void release(ClaimedTask task) throws InterruptedException {
        ObjectNode params = Json.object();
        params.put("taskToken", task.taskToken());
        call("release", RELEASE_PATH, params);
    }

    /** One signed call, its outcome counted; empty when no v1 answer came back. */
    private Optional<ApiAnswer> call(String name, String path, ObjectNode params) throws InterruptedException {
        try {
            ApiAnswer answer = api.call(path, params);
            crowd.count(name + " " + answer.code());
            return Optional.of(answer);
        } catch (ApiException e) {
            crowd.count(name + " HTTP " + e.httpStatus());
            if (e.httpStatus() == 403 || e.httpStatus() == 404) {
                crowd.fail(e.getMessage() + " (does this stack serve the worker API?)");
            }
            return Optional.empty();
        } catch (IOException e) {
            crowd.count(name + " io");
            return Optional.empty();
        }
    }

    /** The image behind the presigned URL, when the resource is one and it downloads and decodes. */
    private Optional<BufferedImage> download(ClaimedTask task) throws InterruptedException {
        if (task.resourceUrl() == null || "text".equals(task.resourceType()) || "audio".equals(task.resourceType())) {
            return Optional.empty();
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(task.resourceUrl())).timeout(SignedClient.REQUEST_TIMEOUT).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                crowd.count("download HTTP " + response.statusCode());
                return Optional.empty();
            }
            Optional<BufferedImage> image = Images.decode(response.body());
            if (image.isEmpty()) {
                crowd.count("download not an image");
            }
            return image;
        } catch (IOException | IllegalArgumentException e) {
            crowd.count("download io");
            return Optional.empty();
        }
    }

    WorkerCredentials credentials() {
        return credentials;
    }

    CrowdReport.WorkerReport report() {
        return new CrowdReport.WorkerReport(credentials.name(), credentials.workerId(), worker.profile().accuracy(), judgments, checked, correct);
    }

    LatencyRecorder claimLatency() {
        return claimLatency;
    }
}
