package io.quorum.aws.dynamo;

import static io.quorum.aws.dynamo.Items.n;
import static io.quorum.aws.dynamo.Items.s;

import io.quorum.auth.UserId;
import io.quorum.error.ConcurrentModificationException;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectNameTakenException;
import io.quorum.project.ProjectStatus;
import io.quorum.project.ProjectStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Projects in DynamoDB. Besides one item per project the table holds a name reservation per live
 * project (so names stay unique per owner) and a counter per owner (for project numbers). Every
 * change is a transaction conditional on the version that was read.
 */
public final class DynamoProjectStore implements ProjectStore {

    private static final String SAME_VERSION = "#version = :expectedVersion AND #status = :expectedStatus";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoProjectStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public long nextProjectNumber(UserId owner) {
        Map<String, AttributeValue> attributes = dynamo.updateItem(r -> r.tableName(table)
                .key(ProjectItemMapper.sequenceKey(owner))
                .updateExpression("ADD #next :one")
                .expressionAttributeNames(Map.of("#next", "next"))
                .expressionAttributeValues(Map.of(":one", n(1)))
                .returnValues(ReturnValue.UPDATED_NEW)).attributes();
        return Long.parseLong(attributes.get("next").n());
    }

    @Override
    public void create(Project project) {
        transact(project.spec().name(),
                TransactWriteItem.builder().put(Put.builder().tableName(table)
                        .item(ProjectItemMapper.toItem(project))
                        .conditionExpression("attribute_not_exists(pk)").build()).build(),
                reserveName(project));
    }

    @Override
    public Optional<Project> find(ProjectId id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(ProjectItemMapper.key(id)).consistentRead(true)).item();
        if (item == null || item.isEmpty() || !ProjectItemMapper.KIND.equals(Items.string(item, "kind"))) {
            return Optional.empty();
        }
        return Optional.of(ProjectItemMapper.fromItem(item));
    }

    @Override
    public void replaceSpec(Project before, Project after) {
        Map<String, AttributeValue> values = new HashMap<>(expected(before));
        Map<String, String> names = new HashMap<>(conditionNames());
        StringBuilder set = new StringBuilder("SET #version = :newVersion, updatedAt = :updatedAt");
        values.put(":newVersion", n(after.version()));
        values.put(":updatedAt", n(after.updatedAt().toEpochMilli()));
        ProjectItemMapper.specAttributes(after.spec()).forEach((attribute, value) -> {
            names.put("#" + attribute, attribute);
            values.put(":" + attribute, value);
            set.append(", #").append(attribute).append(" = :").append(attribute);
        });
        names.put("#workflow", ProjectItemMapper.WORKFLOW);
        String update = after.customWorkflow().map(workflow -> {
            values.put(":workflow", ProjectItemMapper.workflowAttribute(workflow));
            return set.append(", #workflow = :workflow").toString();
        }).orElseGet(() -> set.append(" REMOVE #workflow").toString());
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(ProjectItemMapper.key(before.id()))
                .updateExpression(update)
                .conditionExpression(SAME_VERSION)
                .expressionAttributeNames(names)
                .expressionAttributeValues(values).build()).build());
        boolean renamed = !before.spec().name().equals(after.spec().name());
        if (renamed) {
            writes.add(releaseName(before));
            writes.add(reserveName(after));
        }
        transact(after.spec().name(), writes.toArray(TransactWriteItem[]::new));
    }

    @Override
    public void changeStatus(Project before, ProjectStatus status, Instant at) {
        Map<String, AttributeValue> values = new HashMap<>(expected(before));
        values.put(":newStatus", s(status.wireName()));
        values.put(":newVersion", n(before.version() + 1));
        values.put(":updatedAt", n(at.toEpochMilli()));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                .key(ProjectItemMapper.key(before.id()))
                .updateExpression("SET #status = :newStatus, #version = :newVersion, updatedAt = :updatedAt")
                .conditionExpression(SAME_VERSION)
                .expressionAttributeNames(conditionNames())
                .expressionAttributeValues(values).build()).build());
        if (status == ProjectStatus.DELETED) {
            writes.add(releaseName(before));
        }
        transact(before.spec().name(), writes.toArray(TransactWriteItem[]::new));
    }

    private TransactWriteItem reserveName(Project project) {
        return TransactWriteItem.builder().put(Put.builder().tableName(table)
                .item(ProjectItemMapper.nameLock(project))
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    private TransactWriteItem releaseName(Project project) {
        return TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                .key(ProjectItemMapper.nameLockKey(project.owner(), project.spec().name()))
                .conditionExpression("projectId = :projectId")
                .expressionAttributeValues(Map.of(":projectId", s(project.id().value()))).build()).build();
    }

    /** Runs the writes; a failed name reservation means the name is taken, any other failed condition a lost race. */
    private void transact(String name, TransactWriteItem... writes) {
        try {
            Transactions.write(dynamo, List.of(writes));
        } catch (TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            for (int i = 0; i < reasons.size() && i < writes.length; i++) {
                if (Transactions.conditionFailed(reasons.get(i)) && writes[i].put() != null
                        && "name-lock".equals(Items.string(writes[i].put().item(), "kind"))) {
                    throw new ProjectNameTakenException(name);
                }
            }
            if (Transactions.lostRace(e)) {
                throw new ConcurrentModificationException("project changed since it was read");
            }
            throw e;
        }
    }

    private static Map<String, AttributeValue> expected(Project before) {
        return Map.of(
                ":expectedVersion", n(before.version()),
                ":expectedStatus", s(before.status().wireName()));
    }

    private static Map<String, String> conditionNames() {
        return Map.of("#version", "version", "#status", "status");
    }
}
