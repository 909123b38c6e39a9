package io.quorum.it;

import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.createProject;
import static io.quorum.it.ItSupport.retrieve;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.quorum.functions.ingest.IngestConsumerHandler;
import io.quorum.functions.ingest.UploadTriggerHandler;
import io.quorum.local.WithLocalStack;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.sample.IngestRequest;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.aws.dynamo.DynamoProjectStore;
import io.quorum.aws.dynamo.DynamoSampleStore;
import io.quorum.sample.IngestRequestCodec;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Ingestion end to end on the local stack: direct uploads through presigned URLs and the upload
 * trigger, and the ingest queue's consumer refusing an internal URL. The consumers are invoked with
 * real SQS and S3 events built here, through their no-argument constructors, as Lambda would.
 */
@WithLocalStack
class IngestIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static V1Client customer;

    @BeforeAll
    static void account() {
        customer = ItSupport.newCustomer();
    }

    @Test
    void anUploadedImageBecomesOneIngestedSampleEvenWhenItsEventArrivesTwice() throws Exception {
        String projectId = createProject(customer, uniqueName("upload"));
        JsonNode upload = requestUpload(projectId, "cat 1.png", "image/png");
        assertEquals("uploads/" + customer.userId() + "/" + projectId + "/cat 1.png", upload.get("key").asText());
        assertEquals("PUT", upload.get("method").asText());
        byte[] png = png(12, 7);
        assertEquals(200, put(upload, png).statusCode());

        S3Event event = s3Event(upload.get("key").asText());
        new UploadTriggerHandler().handleRequest(event, null);
        new UploadTriggerHandler().handleRequest(event, null);

        List<Map<String, AttributeValue>> items = samplesOf(projectId);
        assertEquals(1, items.size());
        Map<String, AttributeValue> sample = items.get(0);
        assertEquals("upload:cat 1.png", sample.get("source").s());
        assertEquals("pending", sample.get("sampleStatus").s());
        assertEquals("12", sample.get("imageWidth").n());
        assertEquals("7", sample.get("imageHeight").n());
        String blobKey = sample.get("blobKey").s();
        assertEquals("resources/" + projectId + "/" + sample.get("sk").s(), blobKey);
        assertArrayEquals(png, Stack.s3().getObjectAsBytes(r -> r.bucket(Stack.bucket("ResourcesBucket")).key(blobKey)).asByteArray());
        JsonNode counters = retrieve(customer, projectId).get("data").get("projectData");
        assertEquals(1, counters.get("projectItemQuantity").asInt());
        assertEquals(1, counters.get("noStartQuantity").asInt());
    }

    @Test
    void anUploadThatIsNotWhatItsNameSaysBecomesAFailedSample() throws Exception {
        String projectId = createProject(customer, uniqueName("bad upload"));
        JsonNode upload = requestUpload(projectId, "notes.png", "image/png");
        assertEquals(200, put(upload, "these are words, not pixels".getBytes(StandardCharsets.UTF_8)).statusCode());
        new UploadTriggerHandler().handleRequest(s3Event(upload.get("key").asText()), null);

        Map<String, AttributeValue> sample = samplesOf(projectId).get(0);
        assertEquals("failed", sample.get("sampleStatus").s());
        assertEquals("the content is not a JPEG, PNG or GIF image", sample.get("failureReason").s());
        JsonNode counters = retrieve(customer, projectId).get("data").get("projectData");
        assertEquals(1, counters.get("failedQuantity").asInt());
        assertEquals(0, counters.get("noStartQuantity").asInt());
    }

    @Test
    void theIngestConsumerRefusesALoopbackUrlWithoutContactingIt() throws IOException {
        AtomicInteger contacted = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            contacted.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            String projectId = createProject(customer, uniqueName("loopback"));
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/secret.png";
            // submitResource refuses this URL; the sample is written directly, as if it had slipped through
            Project project = new DynamoProjectStore(Stack.dynamo(), Stack.table("ProjectsTable")).find(new ProjectId(projectId)).orElseThrow();
            Sample sample = Sample.submitted(project.id(), url, ResourceType.IMAGE, Instant.now());
            new DynamoSampleStore(Stack.dynamo(), Stack.table("SamplesTable"), Stack.table("ProjectsTable"))
                    .addAll(project, List.of(sample), Instant.now());
            IngestRequest request = new IngestRequest(project.owner(), project.id(), sample.id(), url, ResourceType.IMAGE);

            SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
            message.setMessageId("m-1");
            message.setBody(IngestRequestCodec.toJson(request));
            message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
            SQSEvent.SQSMessage garbage = new SQSEvent.SQSMessage();
            garbage.setMessageId("m-2");
            garbage.setBody("{not json");
            SQSEvent event = new SQSEvent();
            event.setRecords(List.of(message, garbage));
            SQSBatchResponse response = new IngestConsumerHandler().handleRequest(event, null);

            assertEquals(List.of(), response.getBatchItemFailures(), "refused and malformed messages are both acknowledged");
            Map<String, AttributeValue> stored = samplesOf(projectId).get(0);
            assertEquals("failed", stored.get("sampleStatus").s());
            assertTrue(stored.get("failureReason").s().contains("loopback"), stored.get("failureReason").s());
            assertEquals(0, contacted.get());
            assertEquals(1, retrieve(customer, projectId).get("data").get("projectData").get("failedQuantity").asInt());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void requestUploadUrlsRefusesWhatSubmitResourceRefuses() {
        String projectId = createProject(customer, uniqueName("upload errors"));
        assertCode(2, requestUploadUrls(projectId, "[{\"name\": \"../x.png\", \"contentType\": \"image/png\"}]"));
        assertCode(2, requestUploadUrls(projectId, "[{\"name\": \".x.png\", \"contentType\": \"image/png\"}]"));
        assertCode(2, requestUploadUrls(projectId, "[{\"name\": \"x.mp4\", \"contentType\": \"video/mp4\"}]"));
        assertCode(2, requestUploadUrls(projectId, "[{\"name\": \"x.png\", \"contentType\": \"image/png\", \"size\": 3}]"));
        assertCode(2, requestUploadUrls(projectId, "[]"));
        assertCode(2, requestUploadUrls(projectId, IntStream.range(0, 100)
                .mapToObj(i -> "{\"name\": \"" + i + ".png\", \"contentType\": \"image/png\"}").collect(Collectors.joining(", ", "[", "]"))));
        assertCode(24, requestUploadUrls(projectId, "[{\"name\": \"x.txt\", \"contentType\": \"text/plain\"}]"));
        String theirs = createProject(ItSupport.newCustomer(), uniqueName("theirs"));
        assertCode(8, requestUploadUrls(theirs, "[{\"name\": \"x.png\", \"contentType\": \"image/png\"}]"));
        assertCode(0, ItSupport.submit(customer, projectId, "https://images.example.com/" + projectId + "/first.jpg"));
        assertCode(0, ItSupport.alter(customer, projectId, "start"));
        assertCode(25, requestUploadUrls(projectId, "[{\"name\": \"x.png\", \"contentType\": \"image/png\"}]"));
    }

    private static JsonNode requestUploadUrls(String projectId, String files) {
        return customer.call("/api/v1/projects/requestUploadUrls", "{\"projectId\": \"" + projectId + "\", \"files\": " + files + "}");
    }

    private static JsonNode requestUpload(String projectId, String name, String contentType) {
        JsonNode answer = requestUploadUrls(projectId, "[{\"name\": \"" + name + "\", \"contentType\": \"" + contentType + "\"}]");
        assertCode(0, answer);
        JsonNode upload = answer.get("data").get("uploads").get(0);
        assertTrue(upload.get("expiresAt").asLong() > Instant.now().getEpochSecond() + 800);
        assertFalse(upload.get("uploadURL").asText().isEmpty());
        return upload;
    }

    private static HttpResponse<String> put(JsonNode upload, byte[] content) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(upload.get("uploadURL").asText()))
                .header("Content-Type", upload.get("contentType").asText())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An ObjectCreated record as S3 sends it: the key URL-encoded, a space as '+'. */
    private static S3Event s3Event(String key) {
        String bucket = Stack.bucket("UploadsBucket");
        var object = new S3EventNotification.S3ObjectEntity(URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"),
                1L, "etag", null, "seq");
        var s3 = new S3EventNotification.S3Entity("upload", new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("owner"), "arn:aws:s3:::" + bucket), object, "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
                Instant.now().toString(), "2.1", new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity("id2", "request"), s3, new S3EventNotification.UserIdentityEntity("owner"));
        return new S3Event(List.of(record));
    }

    private static List<Map<String, AttributeValue>> samplesOf(String projectId) {
        return Stack.dynamo().query(r -> r.tableName(Stack.table("SamplesTable")).keyConditionExpression("pk = :p")
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(projectId))).consistentRead(true)).items();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
