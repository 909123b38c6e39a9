package io.quorum.aws.dynamo;

import io.quorum.worker.Worker;
import io.quorum.worker.WorkerId;
import io.quorum.worker.WorkerStore;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Workers in DynamoDB, one item each in the accounts table (their W_ ids never clash with customers' U_ ids). */
public final class DynamoWorkerStore implements WorkerStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoWorkerStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void create(Worker worker) {
        try {
            dynamo.putItem(r -> r.tableName(table).item(WorkerItemMapper.toItem(worker)).conditionExpression("attribute_not_exists(pk)"));
        } catch (ConditionalCheckFailedException clash) {
            throw new IllegalStateException("worker id collision", clash);
        }
    }

    @Override
    public Optional<Worker> find(WorkerId id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(WorkerItemMapper.key(id)).consistentRead(true)).item();
        if (item == null || item.isEmpty() || !WorkerItemMapper.KIND.equals(Items.string(item, "kind"))) {
            return Optional.empty();
        }
        return Optional.of(WorkerItemMapper.fromItem(item));
    }
}
