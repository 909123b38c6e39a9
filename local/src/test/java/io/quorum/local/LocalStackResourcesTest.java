package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.auth.Account;
import io.quorum.auth.UserId;
import io.quorum.config.Environment;
import io.quorum.functions.wiring.AwsPorts;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The stack that LocalStackExtension starts holds every resource of template.yaml, configured as declared. */
@WithLocalStack
class LocalStackResourcesTest {

    @Test
    void everyTableExistsWithItsKeysAndIndexes(LocalStack stack) {
        List<String> tables = stack.dynamo().listTables().tableNames();
        assertTrue(tables.containsAll(List.of("quorum-AccountsTable", "quorum-ProjectsTable", "quorum-SamplesTable")), tables.toString());
        TableDescription samples = stack.dynamo().describeTable(r -> r.tableName(stack.table("SamplesTable"))).table();
        assertEquals(2, samples.keySchema().size());
        assertEquals("byCreatedAt", samples.localSecondaryIndexes().get(0).indexName());
        assertEquals(List.of("sampleStatus"), samples.localSecondaryIndexes().get(0).projection().nonKeyAttributes());
    }

    @Test
    void queuesExistAndTheIngestQueueRedrivesToItsDeadLetterQueue(LocalStack stack) {
        assertEquals(stack.queueUrl("IngestQueue"), stack.sqs().getQueueUrl(r -> r.queueName("quorum-IngestQueue")).queueUrl());
        Map<QueueAttributeName, String> attributes = stack.sqs().getQueueAttributes(r -> r
                .queueUrl(stack.queueUrl("IngestQueue")).attributeNames(QueueAttributeName.ALL)).attributes();
        assertEquals("360", attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));
        String redrive = attributes.get(QueueAttributeName.REDRIVE_POLICY);
        assertTrue(redrive.contains("arn:aws:sqs:us-east-1:000000000000:quorum-IngestDeadLetterQueue") && redrive.contains("5"), redrive);
        assertEquals("arn:aws:sqs:us-east-1:000000000000:quorum-IngestDeadLetterQueue", stack.sqs().getQueueAttributes(r -> r
                .queueUrl(stack.queueUrl("IngestDeadLetterQueue")).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN));
    }

    @Test
    void bucketExistsAndStoresObjects(LocalStack stack) {
        String bucket = stack.bucket("ResourcesBucket");
        assertEquals("quorum-resourcesbucket", bucket);
        stack.s3().putObject(r -> r.bucket(bucket).key("probe/hello.txt"), RequestBody.fromString("hello"));
        assertEquals("hello", stack.s3().getObjectAsBytes(r -> r.bucket(bucket).key("probe/hello.txt")).asUtf8String());
    }

    @Test
    void functionsSeeTheirResolvedEnvironmentAndTheSdkIsPointedAtTheEmulators(LocalStack stack) {
        assertEquals(stack.table("AccountsTable"), Environment.require("ACCOUNTS_TABLE"));
        assertEquals(stack.queueUrl("IngestQueue"), Environment.require("INGEST_QUEUE_URL"));
        assertEquals(LocalStack.ADMIN_KEY, Environment.require("ADMIN_API_KEY"));
        assertEquals(stack.endpoints().dynamoDb().toString(), System.getProperty("aws.endpointUrlDynamoDb"));
        assertEquals(stack.endpoints().sqs().toString(), System.getProperty("aws.endpointUrlSqs"));
        assertEquals(stack.endpoints().s3().toString(), System.getProperty("aws.endpointUrlS3"));
        assertEquals("us-east-1", System.getProperty("aws.region"));
        assertEquals("true", System.getProperty("S3_FORCE_PATH_STYLE"));
    }

    @Test
    void eventSourcesOfTheTemplateRunAndGoQuiet(LocalStack stack) {
        assertEquals(stack.template().sqsMappings().size() + stack.template().s3Notifications().size()
                + stack.template().scheduleRules().size(), stack.eventSources().describe().size());
        // The ingest queue is left out: other tests submit URLs that cannot resolve here, retried for minutes.
        String[] settled = stack.template().functions().stream().map(FunctionSpec::logicalId)
                .filter(id -> !id.equals("IngestFunction"))
                .filter(id -> !stack.template().function(id).orElseThrow().sqsMappings().isEmpty()
                        || !stack.template().function(id).orElseThrow().s3Notifications().isEmpty())
                .toArray(String[]::new);
        stack.awaitIdle(Duration.ofSeconds(10), settled);
    }

    @Test
    void demoAccountIsSeeded(LocalStack stack) {
        Account demo = new AwsPorts().accounts().find(new UserId(stack.demoUserId())).orElseThrow();
        assertEquals(stack.demoSecretKey(), demo.secretKey().value());
        assertEquals(stack.demo().email(), demo.email().value());
    }

    @Test
    void anotherDemoIdSeedsItsOwnAccountBesideTheFirst(LocalStack stack) {
        DemoAccount other = new DemoAccount("U_FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "test_another_demo_secret_0000000000");
        other.seed();
        assertEquals(other.secretKey(), new AwsPorts().accounts().find(new UserId(other.userId())).orElseThrow().secretKey().value());
        assertEquals(stack.demoSecretKey(), new AwsPorts().accounts().find(new UserId(stack.demoUserId())).orElseThrow().secretKey().value());
    }
}
