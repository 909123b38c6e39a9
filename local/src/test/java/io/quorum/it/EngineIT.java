package io.quorum.it;

import static io.quorum.it.ItSupport.alter;
import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.createProject;
import static io.quorum.it.ItSupport.parse;
import static io.quorum.it.ItSupport.retrieve;
import static io.quorum.it.ItSupport.submit;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.SignType;
import io.quorum.blob.BlobStore;
import io.quorum.consensus.Outcome;
import io.quorum.functions.wiring.AwsPorts;
import io.quorum.functions.task.DispatchConsumerHandler;
import io.quorum.functions.task.TallyConsumerHandler;
import io.quorum.functions.worker.ClaimTaskHandler;
import io.quorum.local.WithLocalStack;
import io.quorum.app.Quorum;
import io.quorum.aws.dynamo.DynamoProjectStore;
import io.quorum.aws.dynamo.DynamoSampleStore;
import io.quorum.aws.dynamo.DynamoTaskStore;
import io.quorum.engine.TallyRequestCodec;
import io.quorum.aws.sqs.SqsTaskQueue;
import io.quorum.engine.LabelDecider;
import io.quorum.engine.TallyAnswers;
import io.quorum.engine.TallyRequest;
import io.quorum.billing.UnitPrices;
import io.quorum.time.Clock;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import io.quorum.local.LocalStackExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The labeling engine end to end on the embedded stack: the v1 API, the operator's approval and the worker
 * API over real signed HTTP (claims through the claim function itself, with a stand-in for the resources
 * bucket until its adapter is wired), the dispatch and tally consumers fed real SQS events from the real
 * queues, one step at a time.
 */
@WithLocalStack
class EngineIT {

    private static final int REPETITION = 3;

    private static V1Client customer;
    private static DynamoProjectStore projects;
    private static DynamoSampleStore samples;
    private static DynamoTaskStore tasks;
    private static QueueDrainer dispatchDrainer;
    private static QueueDrainer tallyDrainer;
    private static ClaimTaskHandler claimHandler;
    private static final List<Worker> WORKERS = new ArrayList<>();

    private record Worker(String id, String secret, V1Client client) {
    }

    /** This class feeds the consumers itself, one step at a time, so the stack's own pollers stand aside meanwhile. */
    private static final List<String> CONSUMERS_DRIVEN_HERE = List.of("DispatchConsumerFunction", "TallyConsumerFunction");

    @AfterAll
    static void handBackTheConsumers() {
        CONSUMERS_DRIVEN_HERE.forEach(LocalStackExtension.stack().eventSources()::resume);
    }

    @BeforeAll
    static void wire() {
        CONSUMERS_DRIVEN_HERE.forEach(LocalStackExtension.stack().eventSources()::pause);
        customer = ItSupport.newCustomer();
        projects = new DynamoProjectStore(Stack.dynamo(), Stack.table("ProjectsTable"));
        samples = new DynamoSampleStore(Stack.dynamo(), Stack.table("SamplesTable"), Stack.table("ProjectsTable"));
        tasks = new DynamoTaskStore(Stack.dynamo(), Stack.table("TasksTable"), Stack.table("SamplesTable"), Stack.table("ProjectsTable"));
        SqsTaskQueue taskQueue = new SqsTaskQueue(Stack.sqs(), Stack.queueUrl("TaskQueue"));
        dispatchDrainer = new QueueDrainer(Stack.sqs(), Stack.queueUrl("DispatchQueue"), new DispatchConsumerHandler());
        tallyDrainer = new QueueDrainer(Stack.sqs(), Stack.queueUrl("TallyQueue"), new TallyConsumerHandler());
        claimHandler = new ClaimTaskHandler(Quorum.from(new AwsPorts() {
            @Override
            public BlobStore resources() {
                return new PresigningStandIn();
            }

            @Override
            public Duration leaseDuration() {
                return Duration.ofMinutes(10);
            }
        }));
        for (int i = 0; i < 4; i++) {
            WORKERS.add(newWorker());
        }
    }

    @Test
    void approvedProjectIsLabeledByWorkersDecidedCountedBilledAndCompletedOnce() {
        String projectId = readyProject("engine", 3);
        assertEquals("checking", status(projectId));
        approve(projectId, 200);
        approve(projectId, 409);
        assertEquals("running", status(projectId));
        dispatchDrainer.drain();
        assertCounters(projectId, 3, 0, 3, 0);

        int answered = 0;
        for (Worker worker : WORKERS.subList(0, REPETITION)) {
            for (JsonNode claimed = claim(worker, projectId); claimed != null; claimed = claim(worker, projectId)) {
                JsonNode data = claimed.get("data");
                assertTrue(data.get("resourceURL").asText().startsWith("https://"), data.toString());
                assertEquals(640, data.get("imageWidth").asInt());
                assertEquals("single_choice", data.get("taskType").asText());
                if (answered == 0) {
                    assertCode(32, worker.client().call("/api/v1/worker/submit", submitParams(data, "horse")));
                    assertCode(30, WORKERS.get(3).client().call("/api/v1/worker/submit", submitParams(data, "cat")));
                }
                JsonNode accepted = worker.client().call("/api/v1/worker/submit", submitParams(data, "cat"));
                assertCode(0, accepted);
                assertFalse(accepted.get("data").get("duplicate").asBoolean());
                JsonNode again = worker.client().call("/api/v1/worker/submit", submitParams(data, "cat"));
                assertTrue(again.get("data").get("duplicate").asBoolean(), again.toString());
                answered++;
                assertCounters(projectId, 3, 0, 3, 0);
            }
        }
        assertEquals(3 * REPETITION, answered, "each worker answers each sample once");

        tallyDrainer.drain();
        assertCounters(projectId, 3, 0, 0, 3);
        JsonNode project = retrieve(customer, projectId).get("data").get("projectData");
        assertEquals("completed", project.get("projectStatus").asText());
        assertEquals(3, project.get("successQuantity").asInt());
        assertEquals(3, project.get("outputQuantity").asInt());
        assertEquals("0.18", project.get("amountSpent").asText(), "9 single_choice micro-tasks at 2 cents");

        // The same tally message and the same task message again: nothing changes.
        String sampleId = firstSampleId(projectId);
        Stack.sqs().sendMessage(r -> r.queueUrl(Stack.queueUrl("TallyQueue"))
                .messageBody(TallyRequestCodec.toJson(new TallyRequest(new io.quorum.project.ProjectId(projectId), new io.quorum.sample.SampleId(sampleId), "label")))
                .messageGroupId(projectId + "#" + sampleId).messageDeduplicationId(UUID.randomUUID().toString()));
        tallyDrainer.drain();
        Stack.sqs().sendMessage(r -> r.queueUrl(Stack.queueUrl("TaskQueue"))
                .messageBody("{\"projectId\":\"" + projectId + "\",\"sampleId\":\"" + sampleId + "\",\"nodeId\":\"label\",\"slot\":1}"));
        assertEquals(null, claim(WORKERS.get(3), projectId));
        assertCounters(projectId, 3, 0, 0, 3);
        assertEquals("0.18", retrieve(customer, projectId).get("data").get("projectData").get("amountSpent").asText());

        // Results, two to a page.
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = customer.call("/api/v1/projects/retrieveResults", "{\"projectId\": \"" + projectId + "\", \"pageSize\": 2"
                    + (cursor == null ? "" : ", \"cursor\": \"" + cursor + "\"") + "}");
            assertCode(0, page);
            for (JsonNode result : page.get("data").get("results")) {
                assertTrue(seen.add(result.get("sampleId").asText()));
                assertEquals("completed", result.get("status").asText());
                JsonNode label = result.get("labels").get(0);
                assertEquals("label", label.get("nodeId").asText());
                assertEquals("cat", label.get("label").get("choice").asText());
                assertEquals(1.0, label.get("confidence").asDouble());
                assertEquals(REPETITION, label.get("answers").size());
                assertTrue(result.get("source").asText().startsWith("https://images.example.com/"));
            }
            cursor = page.get("data").get("nextCursor").isNull() ? null : page.get("data").get("nextCursor").asText();
        } while (cursor != null);
        assertEquals(3, seen.size());
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", "{\"projectId\": \"" + projectId + "\", \"pageSize\": 101}"));
        assertCode(8, ItSupport.newCustomer().call("/api/v1/projects/retrieveResults", "{\"projectId\": \"" + projectId + "\"}"));
    }

    @Test
    void pauseStopsHandOutAtOnceAndResumeLosesAndDuplicatesNothing() {
        String projectId = readyProject("pause", 2);
        approve(projectId, 200);
        dispatchDrainer.drain();
        Worker first = WORKERS.get(0);
        JsonNode held = claim(first, projectId).get("data");
        JsonNode released = claim(WORKERS.get(1), projectId).get("data");
        assertCode(0, WORKERS.get(1).client().call("/api/v1/worker/release", "{\"taskToken\": \"" + released.get("taskToken").asText() + "\"}"));
        assertCode(30, WORKERS.get(1).client().call("/api/v1/worker/submit", submitParams(released, "cat")));

        assertCode(0, alter(customer, projectId, "pause"));
        assertEquals(null, claim(WORKERS.get(2), projectId), "nothing is handed out while paused");
        assertCode(0, first.client().call("/api/v1/worker/submit", submitParams(held, "dog")));

        assertCode(0, alter(customer, projectId, "start"));
        dispatchDrainer.drain();
        int answered = 1;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Worker worker : WORKERS) {
                JsonNode claimed = claim(worker, projectId);
                if (claimed != null) {
                    assertCode(0, worker.client().call("/api/v1/worker/submit", submitParams(claimed.get("data"), "dog")));
                    answered++;
                    progress = true;
                }
            }
        }
        assertEquals(2 * REPETITION, answered, "every micro-task answered once");
        tallyDrainer.drain();
        assertCounters(projectId, 2, 0, 0, 2);
        assertEquals("completed", status(projectId));
        assertEquals("0.12", retrieve(customer, projectId).get("data").get("projectData").get("amountSpent").asText());
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** A project under review with {@code count} samples, each stored and checked as ingestion leaves them. */
    private static String readyProject(String name, int count) {
        String projectId = createProject(customer, uniqueName(name));
        String[] urls = new String[count];
        for (int i = 0; i < count; i++) {
            urls[i] = "https://images.example.com/" + UUID.randomUUID() + ".jpg";
        }
        assertCode(0, submit(customer, projectId, urls));
        for (String url : urls) {
            markIngested(projectId, io.quorum.sample.SampleId.forSource(url).value());
        }
        assertCode(0, alter(customer, projectId, "start"));
        return projectId;
    }

    private static void markIngested(String projectId, String sampleId) {
        Stack.dynamo().updateItem(r -> r.tableName(Stack.table("SamplesTable"))
                .key(Map.of("pk", AttributeValue.fromS(projectId), "sk", AttributeValue.fromS(sampleId)))
                .updateExpression("SET blobKey = :key, contentType = :type, sizeBytes = :size, imageWidth = :w, imageHeight = :h")
                .expressionAttributeValues(Map.of(":key", AttributeValue.fromS("resources/" + projectId + "/" + sampleId),
                        ":type", AttributeValue.fromS("image/jpeg"), ":size", AttributeValue.fromN("1000"),
                        ":w", AttributeValue.fromN("640"), ":h", AttributeValue.fromN("480"))));
    }

    private static Worker newWorker() {
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        String workerId = "W_" + HexFormat.of().withUpperCase().formatHex(id);
        String secret = "wk_" + UUID.randomUUID().toString().replace("-", "");
        Stack.dynamo().putItem(r -> r.tableName(Stack.table("AccountsTable")).item(Map.of(
                "pk", AttributeValue.fromS(workerId), "kind", AttributeValue.fromS("worker"), "secretKey", AttributeValue.fromS(secret),
                "name", AttributeValue.fromS("test worker"), "createdAt", AttributeValue.fromN(Long.toString(System.currentTimeMillis())))));
        return new Worker(workerId, secret, new V1Client(Stack.baseUrl(), workerId, secret));
    }

    /** Claims through the claim function with a real signed event; null for code 29. */
    private static JsonNode claim(Worker worker, String projectId) {
        String body = worker.client().envelope(worker.id(), "{\"projectId\": \"" + projectId + "\"}");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST").withPath("/api/v1/worker/claim").withResource("/api/v1/worker/claim")
                .withHeaders(worker.client().signedHeaders(bytes, SignType.MD5, System.currentTimeMillis()))
                .withBody(body).withIsBase64Encoded(false);
        JsonNode answer = parse(claimHandler.handleRequest(event, null).getBody());
        if (answer.get("code").asInt() == 29) {
            return null;
        }
        assertCode(0, answer);
        return answer;
    }

    private static String submitParams(JsonNode claimed, String choice) {
        return "{\"taskToken\": \"" + claimed.get("taskToken").asText() + "\", \"answer\": {\"choice\": \"" + choice + "\"}}";
    }

    private static void approve(String projectId, int expectedStatus) {
        HttpResponse<String> response = customer.send("/api/v1/admin/projects/approve",
                ("{\"projectId\": \"" + projectId + "\"}").getBytes(StandardCharsets.UTF_8), Map.of("X-Admin-Key", Stack.adminKey()));
        assertEquals(expectedStatus, response.statusCode(), response.body());
        if (expectedStatus == 200) {
            assertEquals("running", parse(response.body()).get("status").asText());
            assertEquals(2, parse(response.body()).get("projectStatus").asInt());
        }
    }

    private static String status(String projectId) {
        return retrieve(customer, projectId).get("data").get("projectData").get("projectStatus").asText();
    }

    private static void assertCounters(String projectId, int items, int noStart, int processing, int completed) {
        JsonNode data = retrieve(customer, projectId).get("data").get("projectData");
        assertEquals(items, data.get("projectItemQuantity").asInt(), data.toString());
        assertEquals(noStart, data.get("noStartQuantity").asInt(), data.toString());
        assertEquals(processing, data.get("processingQuantity").asInt(), data.toString());
        assertEquals(completed, data.get("completedQuantity").asInt(), data.toString());
        assertEquals(items, data.get("noStartQuantity").asInt() + data.get("processingQuantity").asInt()
                + data.get("completedQuantity").asInt() + data.get("failedQuantity").asInt());
    }

    private static String firstSampleId(String projectId) {
        return Stack.dynamo().query(r -> r.tableName(Stack.table("SamplesTable")).keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(projectId))).limit(1)).items().get(0).get("sk").s();
    }


    /** Presigned-looking URLs, for the resources bucket whose adapter the ingestion part provides. */
    private static final class PresigningStandIn implements BlobStore {
        @Override
        public void put(String key, byte[] content, String contentType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<byte[]> read(String key, long maxBytes) {
            return Optional.empty();
        }

        @Override
        public Optional<Long> size(String key) {
            return Optional.empty();
        }

        @Override
        public URI presignGet(String key, Duration validity) {
            return URI.create("https://resources.example.com/" + key + "?expires=" + Instant.now().plus(validity).getEpochSecond());
        }

        @Override
        public URI presignPut(String key, String contentType, Duration validity) {
            throw new UnsupportedOperationException();
        }
    }
}
