package io.quorum.aws.dynamo;

import static io.quorum.aws.dynamo.Items.n;
import static io.quorum.aws.dynamo.Items.s;

import io.quorum.auth.SecretKey;
import io.quorum.worker.Worker;
import io.quorum.worker.WorkerId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps workers to items of the accounts table: pk = workerId, kind = worker, secretKey, name, createdAt (epoch millis). */
final class WorkerItemMapper {

    static final String KIND = "worker";

    private WorkerItemMapper() {
    }

    static Map<String, AttributeValue> key(WorkerId id) {
        return Map.of("pk", s(id.value()));
    }

    static Map<String, AttributeValue> toItem(Worker worker) {
        Map<String, AttributeValue> item = new HashMap<>(key(worker.id()));
        item.put("kind", s(KIND));
        item.put("secretKey", s(worker.secretKey().value()));
        item.put("name", s(worker.name()));
        item.put("createdAt", n(worker.createdAt().toEpochMilli()));
        return item;
    }

    static Worker fromItem(Map<String, AttributeValue> item) {
        return new Worker(new WorkerId(Items.string(item, "pk")), new SecretKey(Items.string(item, "secretKey")),
                Items.string(item, "name"), Instant.ofEpochMilli(Items.number(item, "createdAt")));
    }
}
