package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * SQS event source mappings, S3 notifications and schedules from a template of their own,
 * against real ElasticMQ and S3Proxy. Not the shared test stack: that one runs the repository's
 * template, and these emulators need no JVM-wide configuration.
 */
class EventSourcesTest {

    private static final Duration IDLE = Duration.ofSeconds(15);
    private static final String UPLOADS = "quorum-local-uploads-000000000000-us-east-1";

    private static SamTemplate template;
    private static EmbeddedAws aws;
    private static EventSources eventSources;
    private static SqsClient sqs;
    private static S3Client s3;

    @BeforeAll
    static void start() {
        template = SamTemplate.fromClasspath("io/quorum/local/event-sources-template.yaml");
        aws = EmbeddedAws.start(template, EmbeddedAws.Storage.inMemory());
        sqs = LocalClients.sqs(aws.endpoints().sqs());
        s3 = LocalClients.s3(aws.endpoints().s3());
        // Already there when the watcher starts: part of the baseline, never notified.
        s3.putObject(r -> r.bucket(UPLOADS).key("incoming/before-start.txt"), RequestBody.fromString("old"));
        eventSources = EventSources.start(template, aws, Map.of(), EventSources.Schedules.ON_DEMAND_ONLY);
    }

    @AfterAll
    static void stop() {
        if (eventSources != null) {
            eventSources.close();
        }
        if (sqs != null) {
            sqs.close();
            s3.close();
        }
        if (aws != null) {
            aws.close();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private static String queueUrl(String logicalId) {
        return aws.resources().queues().get(logicalId);
    }

    private static void send(String queue, List<String> bodies) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            entries.add(SendMessageBatchRequestEntry.builder().id("m" + i).messageBody(bodies.get(i)).build());
        }
        for (int from = 0; from < entries.size(); from += 10) {
            List<SendMessageBatchRequestEntry> chunk = entries.subList(from, Math.min(entries.size(), from + 10));
            assertTrue(sqs.sendMessageBatch(r -> r.queueUrl(queueUrl(queue)).entries(chunk)).failed().isEmpty());
        }
    }

    // ---- SQS ----

    @Test
    void recordsCarryTheMessageAndWhereItCameFrom() {
        String body = unique("plain-attributes");
        sqs.sendMessage(r -> r.queueUrl(queueUrl("WorkQueue")).messageBody(body).messageAttributes(Map.of(
                "kind", MessageAttributeValue.builder().dataType("String").stringValue("probe").build(),
                "raw", MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromByteArray(new byte[] {1, 2})).build())));
        eventSources.awaitIdle(IDLE);

        List<SQSEvent.SQSMessage> deliveries = RecordingSqsHandler.deliveries("PartialFailureFunction", body);
        assertEquals(1, deliveries.size());
        SQSEvent.SQSMessage record = deliveries.get(0);
        assertEquals("aws:sqs", record.getEventSource());
        assertEquals("arn:aws:sqs:us-east-1:000000000000:quorum-WorkQueue", record.getEventSourceArn());
        assertEquals("us-east-1", record.getAwsRegion());
        assertTrue(record.getMessageId() != null && record.getReceiptHandle() != null);
        assertEquals(32, record.getMd5OfBody().length());
        assertEquals("1", record.getAttributes().get("ApproximateReceiveCount"));
        assertTrue(record.getAttributes().containsKey("SentTimestamp"), record.getAttributes().toString());
        assertEquals("probe", record.getMessageAttributes().get("kind").getStringValue());
        assertEquals("String", record.getMessageAttributes().get("kind").getDataType());
        assertEquals(2, record.getMessageAttributes().get("raw").getBinaryValue().remaining());
    }

    @Test
    void reportedFailuresComeBackAndTheRestIsDeleted() {
        String run = unique("");
        List<String> bodies = List.of("fail-once-a" + run, "ok-b" + run, "ok-c" + run, "fail-once-d" + run);
        eventSources.pause("PartialFailureFunction");
        send("WorkQueue", bodies);
        eventSources.resume("PartialFailureFunction");
        eventSources.awaitIdle(IDLE);

        assertEquals(List.of("1", "2"), receiveCounts("PartialFailureFunction", "fail-once-a" + run));
        assertEquals(List.of("1", "2"), receiveCounts("PartialFailureFunction", "fail-once-d" + run));
        assertEquals(List.of("1"), receiveCounts("PartialFailureFunction", "ok-b" + run));
        assertEquals(List.of("1"), receiveCounts("PartialFailureFunction", "ok-c" + run));
        assertEquals(4, RecordingSqsHandler.processed("PartialFailureFunction").stream().filter(body -> body.endsWith(run)).count());
    }

    @Test
    void batchesNeverExceedTheBatchSize() {
        String run = unique("plain-many");
        eventSources.pause("PartialFailureFunction");
        send("WorkQueue", IntStream.range(0, 25).mapToObj(i -> run + "-" + i).toList());
        eventSources.resume("PartialFailureFunction");
        eventSources.awaitIdle(IDLE);

        List<List<SQSEvent.SQSMessage>> batches = RecordingSqsHandler.batches("PartialFailureFunction").stream()
                .filter(batch -> batch.stream().anyMatch(message -> message.getBody().startsWith(run)))
                .toList();
        assertTrue(batches.stream().allMatch(batch -> batch.size() <= 5), "batch sizes " + batches.stream().map(List::size).toList());
        assertEquals(25, RecordingSqsHandler.deliveries("PartialFailureFunction", run).stream().map(SQSEvent.SQSMessage::getBody).distinct().count());
        assertEquals(25, RecordingSqsHandler.deliveries("PartialFailureFunction", run).size(), "each delivered once");
    }

    @Test
    void aBatchSizeAboveTenGathersSeveralReceives() {
        String run = unique("plain-bulk");
        eventSources.pause("BulkConsumerFunction");
        send("BulkQueue", IntStream.range(0, 25).mapToObj(i -> run + "-" + i).toList());
        eventSources.resume("BulkConsumerFunction");
        eventSources.awaitIdle(IDLE);

        List<Integer> sizes = RecordingSqsHandler.batches("BulkConsumerFunction").stream()
                .filter(batch -> batch.stream().anyMatch(message -> message.getBody().startsWith(run)))
                .map(List::size)
                .toList();
        assertEquals(25, sizes.stream().mapToInt(Integer::intValue).sum(), sizes.toString());
        assertTrue(sizes.stream().anyMatch(size -> size > 10), sizes.toString());
    }

    @Test
    void aThrowingHandlerGetsTheWholeBatchAgainUntilItLandsInTheDeadLetterQueue() {
        String run = unique("");
        eventSources.pause("ThrowingConsumerFunction");
        send("PoisonQueue", List.of("throw-x" + run, "innocent-y" + run));
        eventSources.resume("ThrowingConsumerFunction");

        List<String> deadLettered = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (deadLettered.size() < 2 && System.nanoTime() < deadline) {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queueUrl("PoisonDeadLetterQueue")).waitTimeSeconds(1).maxNumberOfMessages(10)).messages()) {
                deadLettered.add(message.body());
                sqs.deleteMessage(r -> r.queueUrl(queueUrl("PoisonDeadLetterQueue")).receiptHandle(message.receiptHandle()));
            }
        }
        eventSources.awaitIdle(IDLE);

        assertEquals(List.of("innocent-y" + run, "throw-x" + run), deadLettered.stream().sorted().toList());
        // The innocent message shared the throwing batch: Lambda retries the batch, not the message.
        assertEquals(List.of("1", "2"), receiveCounts("ThrowingConsumerFunction", "innocent-y" + run));
        assertEquals(List.of("1", "2"), receiveCounts("ThrowingConsumerFunction", "throw-x" + run));
    }

    @Test
    void aFifoGroupIsProcessedInOrderAcrossAFailure() {
        String run = unique("");
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        List<String> groupA = List.of("a1" + run, "fail-once-a2" + run, "a3" + run);
        List<String> groupB = List.of("b1" + run, "b2" + run);
        for (int i = 0; i < 3; i++) {
            String body = groupA.get(i);
            entries.add(SendMessageBatchRequestEntry.builder().id("a" + i).messageBody(body).messageGroupId("A" + run).build());
            if (i < 2) {
                String other = groupB.get(i);
                entries.add(SendMessageBatchRequestEntry.builder().id("b" + i).messageBody(other).messageGroupId("B" + run).build());
            }
        }
        eventSources.pause("FifoConsumerFunction");
        assertTrue(sqs.sendMessageBatch(r -> r.queueUrl(queueUrl("OrderedQueue")).entries(entries)).failed().isEmpty());
        eventSources.resume("FifoConsumerFunction");
        eventSources.awaitIdle(IDLE);

        List<String> processed = RecordingSqsHandler.processed("FifoConsumerFunction");
        assertEquals(groupA, processed.stream().filter(groupA::contains).toList());
        assertEquals(groupB, processed.stream().filter(groupB::contains).toList());
        SQSEvent.SQSMessage first = RecordingSqsHandler.deliveries("FifoConsumerFunction", "a1" + run).get(0);
        assertEquals("A" + run, first.getAttributes().get("MessageGroupId"));
        assertTrue(first.getAttributes().containsKey("SequenceNumber"), first.getAttributes().toString());
        assertTrue(first.getAttributes().containsKey("MessageDeduplicationId"), first.getAttributes().toString());
    }

    @Test
    void aPausedConsumerLeavesItsQueueToTheTest() {
        String body = unique("plain-paused");
        eventSources.pause("PartialFailureFunction");
        try {
            sqs.sendMessage(r -> r.queueUrl(queueUrl("WorkQueue")).messageBody(body));
            List<Message> received = sqs.receiveMessage(r -> r.queueUrl(queueUrl("WorkQueue")).waitTimeSeconds(2).visibilityTimeout(10)).messages();
            assertEquals(List.of(body), received.stream().map(Message::body).toList());
            sqs.deleteMessage(r -> r.queueUrl(queueUrl("WorkQueue")).receiptHandle(received.get(0).receiptHandle()));
            eventSources.awaitIdle(IDLE);
        } finally {
            eventSources.resume("PartialFailureFunction");
        }
        assertEquals(List.of(), RecordingSqsHandler.deliveries("PartialFailureFunction", body));
    }

    @Test
    void awaitIdleSaysWhatIsStillBusy() throws InterruptedException {
        RecordingSqsHandler.resetBlocking();
        sqs.sendMessage(r -> r.queueUrl(queueUrl("SlowQueue")).messageBody(unique("block")));
        try {
            assertTrue(RecordingSqsHandler.awaitBlocked(5_000), "the consumer never started");
            IllegalStateException busy = assertThrows(IllegalStateException.class, () -> eventSources.awaitIdle(Duration.ofMillis(300)));
            assertTrue(busy.getMessage().contains("SlowConsumerFunction") && busy.getMessage().contains("quorum-SlowQueue"), busy.getMessage());
        } finally {
            RecordingSqsHandler.release();
        }
        eventSources.awaitIdle(IDLE);
    }

    // ---- S3 ----

    @Test
    void anObjectUnderThePrefixNotifiesOnceWithItsKeyUrlEncoded() {
        String key = "incoming/" + unique("photo one") + ".jpg";
        s3.putObject(r -> r.bucket(UPLOADS).key(key), RequestBody.fromString("abc"));
        s3.putObject(r -> r.bucket(UPLOADS).key("elsewhere/" + key), RequestBody.fromString("abc"));
        eventSources.awaitIdle(IDLE);

        List<S3Event> events = RecordingS3Handler.events(key);
        assertEquals(1, events.size());
        assertEquals(1, events.get(0).getRecords().size());
        S3EventNotification.S3EventNotificationRecord record = events.get(0).getRecords().get(0);
        assertEquals("2.1", record.getEventVersion());
        assertEquals("aws:s3", record.getEventSource());
        assertEquals("ObjectCreated:Put", record.getEventName());
        assertEquals("us-east-1", record.getAwsRegion());
        assertTrue(record.getEventTime() != null);
        assertEquals(UPLOADS, record.getS3().getBucket().getName());
        assertEquals("arn:aws:s3:::" + UPLOADS, record.getS3().getBucket().getArn());
        assertEquals(key.replace(' ', '+'), record.getS3().getObject().getKey());
        assertEquals(key, record.getS3().getObject().getUrlDecodedKey());
        assertEquals(3L, record.getS3().getObject().getSizeAsLong());
        assertEquals("900150983cd24fb0d6963f7d28e17f72", record.getS3().getObject().geteTag());
        assertTrue(!record.getS3().getObject().getSequencer().isEmpty());
        assertEquals(List.of(), RecordingS3Handler.events("elsewhere/"));
    }

    @Test
    void theSameKeyWithNewContentNotifiesAgain() {
        String key = "incoming/" + unique("again") + ".txt";
        s3.putObject(r -> r.bucket(UPLOADS).key(key), RequestBody.fromString("first"));
        eventSources.awaitIdle(IDLE);
        s3.putObject(r -> r.bucket(UPLOADS).key(key), RequestBody.fromString("second!"));
        eventSources.awaitIdle(IDLE);

        List<S3Event> events = RecordingS3Handler.events(key);
        assertEquals(List.of(5L, 7L), events.stream().map(event -> event.getRecords().get(0).getS3().getObject().getSizeAsLong()).toList());
        assertNotEquals(events.get(0).getRecords().get(0).getS3().getObject().getSequencer(),
                events.get(1).getRecords().get(0).getS3().getObject().getSequencer());
    }

    @Test
    void aFailingNotificationIsTriedThreeTimesThenDropped() {
        String key = "incoming/" + unique("fail") + ".txt";
        s3.putObject(r -> r.bucket(UPLOADS).key(key), RequestBody.fromString("x"));
        eventSources.awaitIdle(IDLE);
        eventSources.awaitIdle(IDLE);
        assertEquals(3, RecordingS3Handler.events(key).size());
    }

    @Test
    void objectsPresentAtStartDoNotNotify() {
        eventSources.awaitIdle(IDLE);
        assertEquals(List.of(), RecordingS3Handler.events("incoming/before-start"));
    }

    @Test
    void anExplicitBucketNameIsTheLocalNameEverywhere() {
        assertEquals(UPLOADS, aws.resources().buckets().get("UploadsBucket"));
        Map<String, String> environment = new TemplateResolver(template, aws.resources(), Map.of())
                .environmentOf(template.function("UploadFunction").orElseThrow());
        assertEquals(UPLOADS, environment.get("UPLOADS_BUCKET"));
        assertEquals(UPLOADS, environment.get("UPLOADS_BUCKET_BY_NAME"));
    }

    // ---- schedules and the banner ----

    @Test
    void aScheduleFiresAScheduledEventOnDemand() throws Exception {
        assertEquals("aws.events|Scheduled Event|arn:aws:events:us-east-1:000000000000:rule/TickFunctionEveryMinute|000000000000|us-east-1|true|TickFunction",
                eventSources.fireSchedule("TickFunction"));
        assertThrows(IllegalArgumentException.class, () -> eventSources.fireSchedule("UploadFunction"));
    }

    @Test
    void describeListsEveryEventSource() {
        String lines = String.join("\n", eventSources.describe());
        assertTrue(lines.contains("PartialFailureFunction") && lines.contains("<- quorum-WorkQueue (batch 5, partial batch failures)"), lines);
        assertTrue(lines.contains("<- quorum-OrderedQueue.fifo"), lines);
        assertTrue(lines.contains("DisabledConsumerFunction") && lines.contains("disabled in the template"), lines);
        assertTrue(lines.contains("<- " + UPLOADS + "/incoming/* (ObjectCreated)"), lines);
        assertTrue(lines.contains("rate(1 minute)") && lines.contains("cron(0 3 * * ? *) (not run locally"), lines);
    }

    @Test
    void pausingAFunctionWithoutEventSourcesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> eventSources.pause("NoSuchFunction"));
    }

    private static List<String> receiveCounts(String function, String body) {
        return RecordingSqsHandler.deliveries(function, body).stream()
                .map(message -> message.getAttributes().get("ApproximateReceiveCount"))
                .toList();
    }
}
