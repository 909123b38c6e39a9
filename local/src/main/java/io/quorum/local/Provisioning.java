package io.quorum.local;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Creates the template's tables, queues and buckets in the emulators, skipping those that exist. */
final class Provisioning {

    /** Only used when a table asks for PROVISIONED billing; DynamoDB Local does not throttle. */
    private static final ProvisionedThroughput THROUGHPUT = ProvisionedThroughput.builder()
            .readCapacityUnits(5L).writeCapacityUnits(5L).build();

    private Provisioning() {
    }

    /** @return logical id to table name */
    static Map<String, String> createTables(URI endpoint, List<TableSpec> tables) {
        Map<String, String> names = new LinkedHashMap<>();
        if (tables.isEmpty()) {
            return names;
        }
        try (DynamoDbClient client = LocalClients.dynamoDb(endpoint)) {
            Set<String> existing = new HashSet<>(client.listTablesPaginator().tableNames().stream().toList());
            for (TableSpec table : tables) {
                String name = LocalNames.table(table);
                if (!existing.contains(name)) {
                    try {
                        client.createTable(createTableRequest(name, table));
                    } catch (ResourceInUseException alreadyCreated) {
                        // Another process sharing the data directory created it first: same outcome.
                    }
                }
                names.put(table.logicalId(), name);
            }
        }
        return names;
    }

    static CreateTableRequest createTableRequest(String name, TableSpec table) {
        boolean onDemand = table.billingMode().map("PAY_PER_REQUEST"::equals).orElse(false);
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .attributeDefinitions(table.attributeDefinitions().stream()
                        .map(attribute -> AttributeDefinition.builder()
                                .attributeName(attribute.name()).attributeType(attribute.type()).build())
                        .toList())
                .keySchema(keySchema(table.keySchema()));
        if (onDemand) {
            request.billingMode(BillingMode.PAY_PER_REQUEST);
        } else {
            request.billingMode(BillingMode.PROVISIONED).provisionedThroughput(THROUGHPUT);
        }
        if (!table.localSecondaryIndexes().isEmpty()) {
            request.localSecondaryIndexes(table.localSecondaryIndexes().stream()
                    .map(index -> LocalSecondaryIndex.builder()
                            .indexName(index.indexName())
                            .keySchema(keySchema(index.keySchema()))
                            .projection(projection(index.projection()))
                            .build())
                    .toList());
        }
        if (!table.globalSecondaryIndexes().isEmpty()) {
            request.globalSecondaryIndexes(table.globalSecondaryIndexes().stream()
                    .map(index -> {
                        GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder()
                                .indexName(index.indexName())
                                .keySchema(keySchema(index.keySchema()))
                                .projection(projection(index.projection()));
                        return (onDemand ? gsi : gsi.provisionedThroughput(THROUGHPUT)).build();
                    })
                    .toList());
        }
        return request.build();
    }

    private static List<KeySchemaElement> keySchema(List<TableSpec.KeyElement> keys) {
        return keys.stream()
                .map(key -> KeySchemaElement.builder().attributeName(key.attributeName()).keyType(key.keyType()).build())
                .toList();
    }

    private static Projection projection(TableSpec.Projection projection) {
        Projection.Builder builder = Projection.builder().projectionType(projection.projectionType());
        if (!projection.nonKeyAttributes().isEmpty()) {
            builder.nonKeyAttributes(projection.nonKeyAttributes());
        }
        return builder.build();
    }

    /** @return logical id to queue URL; dead-letter queues are created before the queues that name them */
    static Map<String, String> createQueues(URI endpoint, List<QueueSpec> queues) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (queues.isEmpty()) {
            return urls;
        }
        try (SqsClient client = LocalClients.sqs(endpoint)) {
            for (QueueSpec queue : deadLetterQueuesFirst(queues)) {
                String name = LocalNames.queue(queue);
                String url = client.createQueue(request -> request
                        .queueName(name)
                        .attributes(queueAttributes(queue, urls))).queueUrl();
                urls.put(queue.logicalId(), url);
            }
        }
        // Report in template order, whatever order they were created in.
        return queues.stream().collect(Collectors.toMap(
                QueueSpec::logicalId, queue -> urls.get(queue.logicalId()), (a, b) -> a, LinkedHashMap::new));
    }

    /** Depth-first order: a queue comes after the dead-letter queue its redrive policy names. */
    static List<QueueSpec> deadLetterQueuesFirst(List<QueueSpec> queues) {
        Map<String, QueueSpec> byId = queues.stream()
                .collect(Collectors.toMap(QueueSpec::logicalId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Set<String> ordered = new LinkedHashSet<>();
        for (QueueSpec queue : queues) {
            visit(queue, byId, ordered, new LinkedHashSet<>());
        }
        List<QueueSpec> result = new ArrayList<>();
        ordered.forEach(id -> result.add(byId.get(id)));
        return result;
    }

    private static void visit(QueueSpec queue, Map<String, QueueSpec> byId, Set<String> ordered, Set<String> path) {
        if (ordered.contains(queue.logicalId())) {
            return;
        }
        if (!path.add(queue.logicalId())) {
            throw new IllegalArgumentException("Redrive policies form a cycle: " + path);
        }
        queue.redrivePolicy()
                .flatMap(QueueSpec.RedrivePolicy::deadLetterQueueLogicalId)
                .map(byId::get)
                .ifPresent(deadLetterQueue -> visit(deadLetterQueue, byId, ordered, path));
        ordered.add(queue.logicalId());
    }

    private static Map<QueueAttributeName, String> queueAttributes(QueueSpec queue, Map<String, String> createdUrls) {
        Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
        if (queue.fifo()) {
            attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
            if (queue.contentBasedDeduplication()) {
                attributes.put(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true");
            }
        }
        queue.visibilityTimeoutSeconds().ifPresent(seconds -> attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, seconds.toString()));
        queue.messageRetentionPeriodSeconds().ifPresent(seconds -> attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, seconds.toString()));
        queue.redrivePolicy().ifPresent(policy -> attributes.put(QueueAttributeName.REDRIVE_POLICY, redrivePolicyJson(policy, createdUrls)));
        return attributes;
    }

    private static String redrivePolicyJson(QueueSpec.RedrivePolicy policy, Map<String, String> createdUrls) {
        // Only queues exist yet, so only queue references resolve here; that is all a redrive policy names.
        TemplateResolver resolver = TemplateResolver.resourcesOnly(new LocalResources(Map.of(), createdUrls, Map.of()));
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("deadLetterTargetArn", resolver.resolve(policy.deadLetterTargetArn()));
        json.put("maxReceiveCount", policy.maxReceiveCount());
        return json.toString();
    }

    /** @return logical id to bucket name */
    static Map<String, String> createBuckets(BlobStore store, SamTemplate template) {
        Map<String, String> names = new LinkedHashMap<>();
        TemplateResolver resolver = TemplateResolver.forResourceNames(template);
        for (BucketSpec bucket : template.buckets()) {
            String name = LocalNames.bucket(bucket, resolver);
            if (!store.containerExists(name)) {
                store.createContainer(name);
            }
            names.put(bucket.logicalId(), name);
        }
        return names;
    }
}
