package io.quorum.it;

import static io.quorum.it.ItSupport.alter;
import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.parse;
import static io.quorum.it.ItSupport.retrieve;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.LocalStack;
import io.quorum.local.WithLocalStack;
import io.quorum.local.crowd.Crowd;
import io.quorum.local.crowd.CrowdReport;
import io.quorum.local.crowd.DemoImage;
import io.quorum.local.crowd.DemoImages;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole labeling path on the embedded stack, driven only through the public APIs and the stack's own
 * event sources: files PUT to presigned URLs, the S3 upload trigger, approval, dispatch over SQS, simulated
 * workers claiming and answering over signed HTTP, the FIFO tally queue, consensus, routing, results.
 */
@WithLocalStack
class LabelingEngineIT {

    /** The functions the stack runs for these tests; the ingest queue is left out (URL samples are not used here). */
    private static final String[] PIPELINE = {"UploadTriggerFunction", "DispatchConsumerFunction", "TallyConsumerFunction"};
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final BigDecimal SINGLE_CHOICE_PRICE = new BigDecimal("0.02");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void twoHundredImagesAnsweredThreeTimesByWorkersOfAccuracyPointEightAreAllDecidedBetterThanOneWorkerCould(LocalStack stack) {
        V1Client customer = ItSupport.newCustomer();
        String projectId = classificationProject(customer, "two hundred");
        DemoImages images = new DemoImages(200, List.of("cat", "dog"));
        List<DemoImage> uploaded = upload(customer, projectId, images.images(200));
        stack.awaitIdle(SETTLE, PIPELINE);
        JsonNode before = projectData(customer, projectId);
        assertEquals(200, before.get("projectItemQuantity").asInt(), before.toString());
        assertEquals(200, before.get("noStartQuantity").asInt(), before.toString());

        startAndApprove(stack, customer, projectId);
        CrowdReport crowd = runCrowdUntilCompleted(stack, customer, projectId, Crowd.builder().workers(7).accuracy(0.8).seed(3));

        JsonNode done = projectData(customer, projectId);
        assertConsistent(done);
        assertEquals("completed", done.get("projectStatus").asText(), done.toString());
        assertEquals(200, done.get("completedQuantity").asInt());
        assertEquals(200, done.get("successQuantity").asInt());
        assertEquals(0, done.get("failedQuantity").asInt());

        Map<String, String> truthBySource = new HashMap<>();
        uploaded.forEach(image -> truthBySource.put("upload:" + image.fileName(), image.className()));
        List<JsonNode> results = allResults(customer, projectId, 37);
        assertEquals(200, results.size());
        int decidedRight = 0;
        int answers = 0;
        int answersRight = 0;
        for (JsonNode result : results) {
            String truth = truthBySource.get(result.get("source").asText());
            assertEquals("completed", result.get("status").asText(), result.toString());
            JsonNode label = onlyLabel(result);
            decidedRight += truth.equals(label.at("/label/choice").asText()) ? 1 : 0;
            Set<String> workers = new HashSet<>();
            for (JsonNode answer : label.get("answers")) {
                assertTrue(workers.add(answer.get("workerId").asText()), "one worker answered a sample twice: " + result);
                answersRight += truth.equals(answer.at("/answer/choice").asText()) ? 1 : 0;
                answers++;
            }
            assertTrue(workers.size() >= 3, result.toString());
        }
        assertEquals(crowd.judgments(), answers, "every accepted answer counted exactly once");
        assertEquals(SINGLE_CHOICE_PRICE.multiply(BigDecimal.valueOf(answers)).compareTo(new BigDecimal(done.get("amountSpent").asText())), 0,
                done.toString());
        double consensusAccuracy = decidedRight / 200.0;
        double workerAccuracy = (double) answersRight / answers;
        assertTrue(workerAccuracy > 0.7 && workerAccuracy < 0.9, "the simulated workers answered right " + workerAccuracy);
        // Expected about 0.90 against 0.80 (binomial); the bounds sit over three standard deviations away.
        assertTrue(consensusAccuracy > workerAccuracy && consensusAccuracy >= 0.82,
                "consensus " + consensusAccuracy + " should beat a single worker's " + workerAccuracy);
    }

    @Test
    void aTwoNodeWorkflowBoxesOnlyTheSamplesClassifiedAsCats(LocalStack stack) {
        V1Client customer = ItSupport.newCustomer();
        String projectId = classificationProject(customer, "cats boxed");
        assertCode(0, customer.call("/api/v1/projects/setWorkflow", "{\"projectId\": \"" + projectId + "\", \"workflow\": "
                + "{\"start\": \"classify\", \"nodes\": ["
                + "{\"id\": \"classify\", \"type\": \"task\", \"taskType\": \"single_choice\", \"question\": \"cat or dog?\", \"options\": [\"cat\", \"dog\"]},"
                + "{\"id\": \"box-cat\", \"type\": \"task\", \"taskType\": \"rectangle_frame_select\", \"objectMarked\": \"cat\"},"
                + "{\"id\": \"cat-done\", \"type\": \"completion\"}, {\"id\": \"other-done\", \"type\": \"completion\"}],"
                + "\"edges\": [{\"from\": \"classify\", \"to\": \"box-cat\", \"when\": \"cat\"}, {\"from\": \"classify\", \"to\": \"other-done\"},"
                + "{\"from\": \"box-cat\", \"to\": \"cat-done\"}]}}"));
        List<DemoImage> uploaded = upload(customer, projectId, new DemoImages(12, List.of("cat", "dog")).images(12));
        stack.awaitIdle(SETTLE, PIPELINE);
        startAndApprove(stack, customer, projectId);
        runCrowdUntilCompleted(stack, customer, projectId, Crowd.builder().workers(5).accuracy(1.0).boxNoise(1.0).seed(5));

        JsonNode done = projectData(customer, projectId);
        assertConsistent(done);
        assertEquals("completed", done.get("projectStatus").asText(), done.toString());
        Map<String, DemoImage> bySource = new HashMap<>();
        uploaded.forEach(image -> bySource.put("upload:" + image.fileName(), image));
        int cats = 0;
        for (JsonNode result : allResults(customer, projectId, 100)) {
            DemoImage image = bySource.get(result.get("source").asText());
            JsonNode labels = result.get("labels");
            assertEquals("classify", labels.get(0).get("nodeId").asText(), result.toString());
            assertEquals(image.className(), labels.get(0).at("/label/choice").asText(), result.toString());
            if (!image.className().equals("cat")) {
                assertEquals(1, labels.size(), "only cats go on to the box task: " + result);
                continue;
            }
            cats++;
            assertEquals(2, labels.size(), result.toString());
            assertEquals("box-cat", labels.get(1).get("nodeId").asText());
            JsonNode boxes = labels.get(1).at("/label/boxes");
            assertEquals(image.boxes().size(), boxes.size(), result.toString());
            for (JsonNode box : boxes) {
                assertTrue(image.boxes().stream().anyMatch(truth -> iou(truth, box) >= 0.5), "averaged box far from every true box: " + result);
            }
        }
        assertTrue(cats > 0 && cats < 12, "the demo images hold both classes");
    }

    @Test
    void pausingMidWayStopsHandOutAndResumingFinishesWithNothingLostOrAnsweredTwice(LocalStack stack) {
        V1Client customer = ItSupport.newCustomer();
        String projectId = classificationProject(customer, "paused");
        upload(customer, projectId, new DemoImages(30, List.of("cat", "dog")).images(30));
        stack.awaitIdle(SETTLE, PIPELINE);
        startAndApprove(stack, customer, projectId);

        CrowdReport first = run(crowd(stack, projectId, Crowd.builder().workers(5).accuracy(0.9).seed(11).maxJudgments(40)),
                Duration.ofSeconds(2));
        assertTrue(first.judgments() >= 40, first.summary());
        assertCode(0, alter(customer, projectId, "pause"));
        stack.awaitIdle(SETTLE, PIPELINE);
        JsonNode paused = projectData(customer, projectId);
        assertConsistent(paused);
        assertEquals("paused", paused.get("projectStatus").asText());
        assertTrue(paused.get("processingQuantity").asInt() > 0, paused.toString());

        CrowdReport whilePaused = run(crowd(stack, projectId, Crowd.builder().workers(3).accuracy(0.9).seed(12)), Duration.ofSeconds(1));
        assertEquals(0, whilePaused.judgments(), "nothing is handed out while paused: " + whilePaused.summary());

        assertCode(0, alter(customer, projectId, "start"));
        CrowdReport rest = runCrowdUntilCompleted(stack, customer, projectId, Crowd.builder().workers(5).accuracy(0.9).seed(13));

        JsonNode done = projectData(customer, projectId);
        assertConsistent(done);
        assertEquals("completed", done.get("projectStatus").asText(), done.toString());
        assertEquals(30, done.get("completedQuantity").asInt());
        Set<String> taskIds = new HashSet<>();
        for (JsonNode result : allResults(customer, projectId, 100)) {
            for (JsonNode answer : onlyLabel(result).get("answers")) {
                assertTrue(taskIds.add(answer.get("taskId").asText()), "a micro-task counted twice: " + result);
            }
        }
        assertEquals(first.judgments() + rest.judgments(), taskIds.size(), "every accepted answer is in the results once");
        assertEquals(SINGLE_CHOICE_PRICE.multiply(BigDecimal.valueOf(taskIds.size())).compareTo(new BigDecimal(done.get("amountSpent").asText())), 0);
    }

    @Test
    void deletingAProjectStopsEverything(LocalStack stack) throws Exception {
        V1Client customer = ItSupport.newCustomer();
        String projectId = classificationProject(customer, "deleted");
        upload(customer, projectId, new DemoImages(5, List.of("cat", "dog")).images(5));
        stack.awaitIdle(SETTLE, PIPELINE);
        startAndApprove(stack, customer, projectId);
        HttpResponse<String> enrolled = send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/admin/workers"))
                .header("X-Admin-Key", stack.adminKey()).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        JsonNode credentials = parse(enrolled.body());
        V1Client worker = new V1Client(stack.baseUrl(), credentials.get("workerId").asText(), credentials.get("secretKey").asText());
        JsonNode held = worker.call("/api/v1/worker/claim", "{\"projectId\": \"" + projectId + "\"}");
        assertCode(0, held);

        assertCode(22, alter(customer, projectId, "delete"));
        assertCode(0, alter(customer, projectId, "pause"));
        assertCode(0, alter(customer, projectId, "delete"));
        assertCode(8, worker.call("/api/v1/worker/submit", "{\"taskToken\": \"" + held.at("/data/taskToken").asText()
                + "\", \"answer\": {\"choice\": \"cat\"}}"));
        CrowdReport afterDelete = run(crowd(stack, projectId, Crowd.builder().workers(3).accuracy(0.9).seed(21)), Duration.ofSeconds(1));
        assertEquals(0, afterDelete.judgments(), afterDelete.summary());
        assertCode(8, retrieve(customer, projectId));
        assertCode(8, customer.call("/api/v1/projects/retrieveResults", "{\"projectId\": \"" + projectId + "\"}"));
    }

    // ---- the customer's and the operator's side -------------------------------------------------

    private static String classificationProject(V1Client customer, String name) {
        JsonNode created = customer.call("/api/v1/projects", ItSupport.classificationParams(uniqueName(name)));
        assertCode(0, created);
        return created.at("/data/projectId").asText();
    }

    /** Asks for upload URLs (99 at most per call) and PUTs every image to its own. */
    private static List<DemoImage> upload(V1Client customer, String projectId, List<DemoImage> images) {
        for (int from = 0; from < images.size(); from += 99) {
            List<DemoImage> batch = images.subList(from, Math.min(images.size(), from + 99));
            StringBuilder files = new StringBuilder();
            for (DemoImage image : batch) {
                files.append(files.length() == 0 ? "" : ", ")
                        .append("{\"name\": \"").append(image.fileName()).append("\", \"contentType\": \"image/png\"}");
            }
            JsonNode answer = customer.call("/api/v1/projects/requestUploadUrls",
                    "{\"projectId\": \"" + projectId + "\", \"files\": [" + files + "]}");
            assertCode(0, answer);
            JsonNode uploads = answer.at("/data/uploads");
            for (int i = 0; i < batch.size(); i++) {
                assertEquals(batch.get(i).fileName(), uploads.get(i).get("name").asText());
                put(uploads.get(i).get("uploadURL").asText(), batch.get(i).png());
            }
        }
        return images;
    }

    private static void put(String url, byte[] content) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build());
        assertEquals(200, response.statusCode(), response.body());
    }

    private static void startAndApprove(LocalStack stack, V1Client customer, String projectId) {
        assertCode(0, alter(customer, projectId, "start"));
        HttpResponse<String> approved = send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/admin/projects/approve"))
                .header("X-Admin-Key", stack.adminKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"projectId\": \"" + projectId + "\"}")).build());
        assertEquals(200, approved.statusCode(), approved.body());
        stack.awaitIdle(SETTLE, PIPELINE);
    }

    // ---- the crowd --------------------------------------------------------------------------------

    private static Crowd crowd(LocalStack stack, String projectId, Crowd.Builder builder) {
        return builder.baseUri(stack.baseUri()).adminKey(stack.adminKey()).projectId(projectId).build();
    }

    /**
     * Runs the crowd until the project completes: a run ends when nothing is left to claim, and a tie may
     * add micro-tasks once the tally queue has caught up, so the crowd comes back until nothing is left.
     */
    private static CrowdReport runCrowdUntilCompleted(LocalStack stack, V1Client customer, String projectId, Crowd.Builder builder) {
        Crowd crowd = crowd(stack, projectId, builder);
        List<CrowdReport> reports = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            reports.add(run(crowd, Duration.ofSeconds(2)));
            stack.awaitIdle(SETTLE, PIPELINE);
            if (projectData(customer, projectId).get("projectStatus").asText().equals("completed")) {
                break;
            }
        }
        JsonNode progress = projectData(customer, projectId);
        assertEquals("completed", progress.get("projectStatus").asText(), () -> progress + " after crowd rounds:\n"
                + String.join("\n", reports.stream().map(CrowdReport::summary).toList()) + "\n" + microTaskStates(stack, projectId));
        CrowdReport last = reports.get(reports.size() - 1);
        long judgments = reports.stream().mapToLong(CrowdReport::judgments).sum();
        return new CrowdReport(last.stopReason(), last.failure(), judgments, last.activeTime(), last.wallTime(),
                last.judgmentsPerSecond(), last.workers(), last.claimLatencyP50(), last.claimLatencyP95(), last.codes());
    }

    /** Each run enrols fresh workers, so a later round can answer the extra micro-tasks of a tie. */
    private static CrowdReport run(Crowd crowd, Duration idle) {
        try {
            CrowdReport report = crowd.runUntilIdle(idle);
            assertTrue(report.stopReason() != CrowdReport.StopReason.FAILED, report.summary());
            return report;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the engine holds for the project's unfinished micro-tasks, to explain a run that did not complete. */
    private static String microTaskStates(LocalStack stack, String projectId) {
        Map<String, Integer> byState = new java.util.TreeMap<>();
        List<String> open = new ArrayList<>();
        stack.dynamo().scanPaginator(r -> r.tableName(stack.table("TasksTable"))).items().forEach(item -> {
            String pk = item.get("pk").s();
            if (pk.startsWith(projectId + "#") && item.get("sk").s().startsWith("task#")) {
                String state = item.get("state").s();
                byState.merge(state, 1, Integer::sum);
                if (!state.equals("answered") && open.size() < 10) {
                    open.add(pk + " " + item);
                }
            }
        });
        java.util.Map<software.amazon.awssdk.services.sqs.model.QueueAttributeName, String> queue = stack.sqs().getQueueAttributes(r -> r
                .queueUrl(stack.queueUrl("TaskQueue")).attributeNamesWithStrings("All")).attributes();
        return "micro-tasks by state " + byState + "; task queue " + queue + "\n" + String.join("\n", open);
    }

    // ---- reading results ----------------------------------------------------------------------------

    private static JsonNode projectData(V1Client customer, String projectId) {
        JsonNode answer = retrieve(customer, projectId);
        assertCode(0, answer);
        return answer.at("/data/projectData");
    }

    private static void assertConsistent(JsonNode data) {
        assertEquals(data.get("projectItemQuantity").asInt(), data.get("noStartQuantity").asInt() + data.get("processingQuantity").asInt()
                + data.get("completedQuantity").asInt() + data.get("failedQuantity").asInt(), data.toString());
    }

    private static List<JsonNode> allResults(V1Client customer, String projectId, int pageSize) {
        List<JsonNode> results = new ArrayList<>();
        String cursor = null;
        do {
            String params = "{\"projectId\": \"" + projectId + "\", \"pageSize\": " + pageSize
                    + (cursor == null ? "" : ", \"cursor\": \"" + cursor + "\"") + "}";
            JsonNode page = customer.call("/api/v1/projects/retrieveResults", params);
            assertCode(0, page);
            assertTrue(page.at("/data/results").size() <= pageSize, page.toString());
            page.at("/data/results").forEach(results::add);
            cursor = page.at("/data/nextCursor").isNull() ? null : page.at("/data/nextCursor").asText();
        } while (cursor != null);
        return results;
    }

    private static JsonNode onlyLabel(JsonNode result) {
        assertEquals(1, result.get("labels").size(), result.toString());
        return result.get("labels").get(0);
    }

    private static double iou(io.quorum.local.crowd.Box truth, JsonNode box) {
        double x1 = Math.max(truth.x1(), box.get("x1").asDouble());
        double y1 = Math.max(truth.y1(), box.get("y1").asDouble());
        double x2 = Math.min(truth.x2(), box.get("x2").asDouble());
        double y2 = Math.min(truth.y2(), box.get("y2").asDouble());
        double intersection = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
        double union = (truth.x2() - truth.x1()) * (truth.y2() - truth.y1())
                + (box.get("x2").asDouble() - box.get("x1").asDouble()) * (box.get("y2").asDouble() - box.get("y1").asDouble()) - intersection;
        return intersection / union;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
