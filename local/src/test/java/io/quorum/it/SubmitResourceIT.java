package io.quorum.it;

import static io.quorum.it.ItSupport.alter;
import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.createProject;
import static io.quorum.it.ItSupport.retrieve;
import static io.quorum.it.ItSupport.submit;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.LocalStackExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import io.quorum.local.LocalStackExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.Message;

/** submitResource: what is recorded, what is queued for the fetcher, and what is refused. */
@ExtendWith(LocalStackExtension.class)
class SubmitResourceIT {

    private static V1Client customer;

    @BeforeAll
    static void account() {
        customer = ItSupport.newCustomer();
        // This class reads the ingest queue itself, so the stack's ingest consumer stands aside meanwhile.
        LocalStackExtension.stack().eventSources().pause("IngestFunction");
    }

    @AfterAll
    static void handBackTheIngestQueue() {
        LocalStackExtension.stack().eventSources().resume("IngestFunction");
    }

    @Test
    void newUrlsAreStoredCountedAndQueuedOnceEach() {
        String id = createProject(customer, uniqueName("queued"));
        List<String> urls = List.of("https://images.example.com/" + id + "/1.jpg", "https://images.example.com/" + id + "/2.jpg");
        JsonNode answer = submit(customer, id, urls.toArray(String[]::new));
        assertCode(0, answer);
        assertEquals(2, answer.get("data").get("addedQuantity").asInt());

        Map<String, JsonNode> messages = ingestMessagesFor(id, 2);
        assertEquals(2, messages.size());
        for (String url : urls) {
            JsonNode message = messages.get(url);
            assertEquals(id, message.get("projectId").asText());
            assertEquals("image", message.get("resourceType").asText());
            assertEquals(customer.userId(), message.get("owner").asText());
            String sampleId = message.get("sampleId").asText();
            Map<String, AttributeValue> sample = Stack.dynamo().getItem(r -> r.tableName(Stack.table("SamplesTable"))
                    .key(Map.of("pk", AttributeValue.fromS(id), "sk", AttributeValue.fromS(sampleId)))).item();
            assertEquals(url, sample.get("source").s());
            assertEquals("pending", sample.get("sampleStatus").s());
        }
        JsonNode projectData = retrieve(customer, id).get("data").get("projectData");
        assertEquals(2, projectData.get("projectItemQuantity").asInt());
        assertEquals(2, projectData.get("noStartQuantity").asInt());
    }

    @Test
    void resubmittingTheSameUrlsCountsThemOnce() {
        String id = createProject(customer, uniqueName("retry"));
        String url = "https://images.example.com/" + id + "/same.jpg";
        assertCode(0, submit(customer, id, url, url));
        JsonNode again = submit(customer, id, url);
        assertCode(0, again);
        assertEquals(0, again.get("data").get("addedQuantity").asInt());
        assertEquals(1, again.get("data").get("duplicateQuantity").asInt());
        assertEquals(1, retrieve(customer, id).get("data").get("projectData").get("projectItemQuantity").asInt());
        assertEquals(1, Stack.dynamo().query(r -> r.tableName(Stack.table("SamplesTable")).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(id)))).count());
    }

    @Test
    void theSpecsTypeParameterIsReadAsTheResourceType() {
        String id = createProject(customer, uniqueName("type alias"));
        JsonNode answer = customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"type\": \"graphic\", \"resourceURLs\": [\"https://images.example.com/poster.png\"]}");
        assertCode(0, answer);
        assertEquals("graphic", answer.get("data").get("resourceType").asText());
        assertCode(2, customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"type\": \"graphic\", \"resourceType\": \"image\", \"resourceURLs\": [\"https://images.example.com/p.png\"]}"));
    }

    @Test
    void overLongUrlGetsCode10AndNothingIsRecorded() {
        String id = createProject(customer, uniqueName("long url"));
        String longUrl = "https://images.example.com/" + "a".repeat(2100) + ".jpg";
        JsonNode answer = submit(customer, id, "https://images.example.com/fine.jpg", longUrl);
        assertCode(10, answer);
        assertEquals("Failed to submit the resource link, please check whether the resource link is too long", answer.get("errorMsg").asText());
        assertTrue(answer.get("errorDetail").asText().contains("resourceURLs[1]"), answer.toString());
        assertEquals(0, retrieve(customer, id).get("data").get("projectData").get("projectItemQuantity").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "file:///etc/passwd", "ftp://images.example.com/a.jpg", "http://127.0.0.1/a.jpg", "http://localhost:3000/_local/info",
        "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/a.jpg", "http://[::1]/a.jpg", "http://2130706433/a.jpg",
        "http://0x7f.0.0.1/a.jpg", "http://[::ffff:169.254.169.254]/", "http://user:secret@images.example.com/a.jpg",
        "not a url", "https://", "javascript:alert(1)"})
    void hostileOrInvalidUrlsGetCode24AndNothingIsRecorded(String url) {
        String id = createProject(customer, uniqueName("hostile"));
        JsonNode answer = customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"resourceType\": \"image\", \"resourceURLs\": [\"https://images.example.com/ok.jpg\", " + quoted(url) + "]}");
        assertCode(24, answer);
        assertEquals("Invalid resource information,Please check resource", answer.get("errorMsg").asText());
        assertEquals(0, retrieve(customer, id).get("data").get("projectData").get("projectItemQuantity").asInt());
    }

    @Test
    void resourceTypeTheProjectCannotLabelGetsCode24() {
        String id = createProject(customer, uniqueName("wrong type"));
        JsonNode answer = customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"resourceType\": \"text\", \"resourceURLs\": [\"https://texts.example.com/a.txt\"]}");
        assertCode(24, answer);
        assertCode(2, customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"resourceType\": \"video\", \"resourceURLs\": [\"https://videos.example.com/a.mp4\"]}"));
    }

    @Test
    void malformedParamsGetCode2() {
        String id = createProject(customer, uniqueName("malformed"));
        assertCode(2, customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id + "\", \"resourceType\": \"image\"}"));
        assertCode(2, customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"resourceType\": \"image\", \"resourceURLs\": \"https://images.example.com/a.jpg\"}"));
        assertCode(2, customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"resourceType\": \"image\", \"resourceURLs\": [42]}"));
        assertCode(2, customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"resourceType\": \"image\", \"resourceURLs\": []}"));
        assertCode(2, customer.call("/api/v1/projects/submitResource", "{\"projectId\": \"" + id
                + "\", \"resourceType\": \"image\", \"resourceURLs\": [\"https://images.example.com/a.jpg\"], \"callback\": \"x\"}"));
    }

    @Test
    void ninetyNineUrlsFitOneCallAndAHundredAreRefused() {
        String id = createProject(customer, uniqueName("bulk"));
        List<String> urls = IntStream.range(0, 100).mapToObj(i -> "https://images.example.com/" + id + "/" + i + ".jpg").toList();
        assertCode(2, submit(customer, id, urls.toArray(String[]::new)));
        JsonNode answer = submit(customer, id, urls.subList(0, 99).toArray(String[]::new));
        assertCode(0, answer);
        assertEquals(99, answer.get("data").get("addedQuantity").asInt());
        assertEquals(99, retrieve(customer, id).get("data").get("projectData").get("projectItemQuantity").asInt());
        assertEquals(99, ingestMessagesFor(id, 99).size());
    }

    @Test
    void projectUnderReviewOrCompletedTakesNoUploadsCode25() {
        String id = createProject(customer, uniqueName("closed"));
        assertCode(0, submit(customer, id, "https://images.example.com/" + id + "/first.jpg"));
        assertCode(0, alter(customer, id, "start"));
        JsonNode answer = submit(customer, id, "https://images.example.com/" + id + "/late.jpg");
        assertCode(25, answer);
        assertEquals("The current project status does not allow to upload resources", answer.get("errorMsg").asText());
        ItSupport.forceStatus(id, "running");
        assertCode(0, submit(customer, id, "https://images.example.com/" + id + "/more.jpg"));
        ItSupport.forceStatus(id, "completed");
        assertCode(25, submit(customer, id, "https://images.example.com/" + id + "/after.jpg"));
        assertEquals(2, retrieve(customer, id).get("data").get("projectData").get("projectItemQuantity").asInt());
    }

    @Test
    void concurrentSubmissionsLoseNothingAndCountEachUrlOnce() throws Exception {
        String id = createProject(customer, uniqueName("parallel"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new ArrayList<java.util.concurrent.Future<JsonNode>>();
            for (int batch = 0; batch < 4; batch++) {
                // overlapping batches: URLs 0..14, 10..24, 20..34, 30..44 → 45 distinct
                List<String> urls = IntStream.range(batch * 10, batch * 10 + 15)
                        .mapToObj(i -> "https://images.example.com/" + id + "/" + i + ".jpg").toList();
                futures.add(pool.submit(() -> submit(customer, id, urls.toArray(String[]::new))));
            }
            int added = 0;
            for (var future : futures) {
                JsonNode answer = future.get();
                assertCode(0, answer);
                added += answer.get("data").get("addedQuantity").asInt();
            }
            assertEquals(45, added);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(45, retrieve(customer, id).get("data").get("projectData").get("projectItemQuantity").asInt());
    }

    private static String quoted(String value) {
        return io.quorum.json.Json.MAPPER.getNodeFactory().textNode(value).toString();
    }

    /**
     * Drains the ingest queue until {@code expected} messages of this project arrived. The ingest consumer is
     * paused meanwhile; other projects' messages are deleted as they pass.
     */
    private static Map<String, JsonNode> ingestMessagesFor(String projectId, int expected) {
        Map<String, JsonNode> byUrl = new HashMap<>();
        long deadline = System.currentTimeMillis() + 15_000;
        String queueUrl = Stack.queueUrl("IngestQueue");
        while (byUrl.size() < expected && System.currentTimeMillis() < deadline) {
            List<Message> received = Stack.sqs().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .visibilityTimeout(30)).messages();
            for (Message message : received) {
                JsonNode body = ItSupport.parse(message.body());
                if (body.get("projectId").asText().equals(projectId)) {
                    JsonNode previous = byUrl.put(body.get("url").asText(), body);
                    assertEquals(null, previous, "queued twice: " + body);
                }
                Stack.sqs().deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
        return byUrl.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
