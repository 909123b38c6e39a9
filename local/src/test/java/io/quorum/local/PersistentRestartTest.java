package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A stack over a data directory keeps tables and objects across a restart, and restarting it
 * creates nothing twice. Works at the emulator level with its own clients: the JVM-wide SDK
 * configuration belongs to the shared test stack.
 */
class PersistentRestartTest {

    @Test
    void restartWithTheSameDataDirectoryKeepsItemsAndObjects(@TempDir Path dataDir) {
        SamTemplate template = SamTemplate.fromClasspath();
        Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS("restart-probe"), "note", AttributeValue.fromS("kept"));
        try (EmbeddedAws first = EmbeddedAws.start(template, EmbeddedAws.Storage.under(dataDir));
             DynamoDbClient dynamo = LocalClients.dynamoDb(first.endpoints().dynamoDb());
             S3Client s3 = LocalClients.s3(first.endpoints().s3())) {
            dynamo.putItem(r -> r.tableName(first.resources().tables().get("ProjectsTable")).item(item));
            s3.putObject(r -> r.bucket(first.resources().buckets().get("ResourcesBucket")).key("kept.txt"), RequestBody.fromString("kept"));
        }

        try (EmbeddedAws second = EmbeddedAws.start(template, EmbeddedAws.Storage.under(dataDir));
             DynamoDbClient dynamo = LocalClients.dynamoDb(second.endpoints().dynamoDb());
             S3Client s3 = LocalClients.s3(second.endpoints().s3())) {
            Map<String, AttributeValue> found = dynamo.getItem(r -> r.tableName(second.resources().tables().get("ProjectsTable"))
                    .key(Map.of("pk", AttributeValue.fromS("restart-probe")))).item();
            assertEquals("kept", found.get("note").s());
            assertEquals("kept", s3.getObjectAsBytes(r -> r.bucket(second.resources().buckets().get("ResourcesBucket")).key("kept.txt"))
                    .asUtf8String());
            assertEquals(second.resources().tables().size(), dynamo.listTables().tableNames().size());
            assertTrue(second.resources().queues().containsKey("IngestQueue"));
        }
    }
}
