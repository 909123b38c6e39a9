package io.quorum.aws.dynamo;

import static io.quorum.aws.dynamo.Items.n;
import static io.quorum.aws.dynamo.Items.s;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.error.ConcurrentModificationException;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStatus;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.engine.Decision;
import io.quorum.engine.MicroTask;
import io.quorum.engine.NodeEntry;
import io.quorum.engine.NodeState;
import io.quorum.engine.NodeTasks;
import io.quorum.engine.Page;
import io.quorum.engine.SampleProgress;
import io.quorum.engine.TaskId;
import io.quorum.engine.TaskRef;
import io.quorum.engine.TaskState;
import io.quorum.engine.TaskLeases;
import io.quorum.engine.Tallies;
import io.quorum.engine.WorkflowEntries;
import io.quorum.engine.WorkerLock;
import io.quorum.worker.WorkerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The engine's state in DynamoDB (see {@link TaskItemMapper} for the items). Every change is one
 * conditional write or one transaction across the tasks, samples and projects tables, so the samples'
 * statuses, results and the projects' counters move together with the micro-tasks.
 */
public final class DynamoTaskStore implements TaskLeases, Tallies, WorkflowEntries {

    private final DynamoDbClient dynamo;
    private final String tasksTable;
    private final String samplesTable;
    private final String projectsTable;

    public DynamoTaskStore(DynamoDbClient dynamo, String tasksTable, String samplesTable, String projectsTable) {
        this.dynamo = dynamo;
        this.tasksTable = tasksTable;
        this.samplesTable = samplesTable;
        this.projectsTable = projectsTable;
    }

    // ---- reads ------------------------------------------------------------------------------------

    @Override
    public Optional<MicroTask> find(TaskRef ref) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(tasksTable)
                .key(TaskItemMapper.taskKey(ref.projectId(), ref.taskId())).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(TaskItemMapper.taskFromItem(item));
    }

    @Override
    public Optional<NodeTasks> node(ProjectId projectId, SampleId sampleId, String nodeId) {
        QueryRequest query = QueryRequest.builder().tableName(tasksTable).consistentRead(true)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(TaskItemMapper.samplePartition(projectId, sampleId))))
                .build();
        NodeState node = null;
        List<MicroTask> tasks = new ArrayList<>();
        for (Map<String, AttributeValue> item : dynamo.queryPaginator(query).items()) {
            if (!nodeId.equals(Items.string(item, "nodeId"))) {
                continue;
            }
            String kind = Items.string(item, "kind");
            if (TaskItemMapper.NODE.equals(kind)) {
                node = TaskItemMapper.nodeFromItem(item);
            } else if (TaskItemMapper.TASK.equals(kind)) {
                tasks.add(TaskItemMapper.taskFromItem(item));
            }
        }
        if (node == null) {
            return Optional.empty();
        }
        tasks.sort(Comparator.comparingInt(task -> task.id().slot()));
        return Optional.of(new NodeTasks(node, tasks));
    }

    @Override
    public Optional<String> currentNode(ProjectId projectId, SampleId sampleId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(samplesTable)
                .key(SampleItemMapper.key(projectId, sampleId)).consistentRead(true)
                .projectionExpression("currentNode")).item();
        return item == null ? Optional.empty() : Optional.ofNullable(Items.string(item, "currentNode"));
    }

    @Override
    public Optional<WorkerLock> workerLock(ProjectId projectId, SampleId sampleId, String nodeId, WorkerId worker) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(tasksTable)
                .key(TaskItemMapper.lockKey(projectId, sampleId, nodeId, worker)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(TaskItemMapper.lockFromItem(item));
    }

    // ---- micro-task transitions -------------------------------------------------------------------

    @Override
    public LeaseOutcome lease(MicroTask before, WorkerId worker, String secretHash, Instant expiresAt, String receiptHandle) {
        Map<String, AttributeValue> values = new HashMap<>(sameVersion(before));
        values.put(":leased", s(TaskState.LEASED.wireName()));
        values.put(":worker", s(worker.value()));
        values.put(":hash", s(secretHash));
        values.put(":expires", n(expiresAt.toEpochMilli()));
        values.put(":receipt", s(receiptHandle));
        values.put(":newVersion", n(before.version() + 1));
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(update(tasksTable, TaskItemMapper.taskKey(before.projectId(), before.id()),
                "SET #state = :leased, workerId = :worker, secretHash = :hash, leaseExpiresAt = :expires, receiptHandle = :receipt, "
                        + "#version = :newVersion",
                "#version = :version AND #state = :state", taskNames(), values));
        writes.add(TransactWriteItem.builder().put(Put.builder().tableName(tasksTable)
                .item(TaskItemMapper.lockItem(before.projectId(), before.id(), worker, secretHash, expiresAt))
                .conditionExpression("attribute_not_exists(pk)").build()).build());
        if (before.state() == TaskState.PARKED) {
            writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(tasksTable)
                    .key(TaskItemMapper.parkedKey(before.projectId(), before.id())).build()).build());
        }
        try {
            Transactions.write(dynamo, writes);
            return LeaseOutcome.LEASED;
        } catch (TransactionCanceledException e) {
            if (!Transactions.lostRace(e)) {
                throw e;
            }
            boolean lockTaken = e.cancellationReasons().size() > 1 && Transactions.conditionFailed(e.cancellationReasons().get(1));
            boolean taskChanged = !e.cancellationReasons().isEmpty() && Transactions.conditionFailed(e.cancellationReasons().get(0));
            return lockTaken && !taskChanged ? LeaseOutcome.WORKER_ALREADY_SERVED : LeaseOutcome.RACED;
        }
    }

    @Override
    public boolean park(MicroTask before, ProjectStatus projectStatus) {
        Map<String, AttributeValue> values = new HashMap<>(sameVersion(before));
        values.put(":parked", s(TaskState.PARKED.wireName()));
        values.put(":newVersion", n(before.version() + 1));
        List<TransactWriteItem> writes = List.of(
                update(tasksTable, TaskItemMapper.taskKey(before.projectId(), before.id()),
                        "SET #state = :parked, #version = :newVersion REMOVE workerId, secretHash, leaseExpiresAt, receiptHandle",
                        "#version = :version AND #state = :state", taskNames(), values),
                TransactWriteItem.builder().put(Put.builder().tableName(tasksTable)
                        .item(TaskItemMapper.parkedItem(before.projectId(), before.id())).build()).build(),
                TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(projectsTable)
                        .key(ProjectItemMapper.key(before.projectId()))
                        .conditionExpression("#status = :status")
                        .expressionAttributeNames(Map.of("#status", "status"))
                        .expressionAttributeValues(Map.of(":status", s(projectStatus.wireName()))).build()).build());
        try {
            Transactions.write(dynamo, writes);
            return true;
        } catch (TransactionCanceledException e) {
            if (Transactions.lostRace(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void answer(MicroTask before, String canonicalAnswerJson, Instant at) {
        Map<String, AttributeValue> values = new HashMap<>(sameVersion(before));
        values.put(":answered", s(TaskState.ANSWERED.wireName()));
        values.put(":answer", s(canonicalAnswerJson));
        values.put(":at", n(at.toEpochMilli()));
        values.put(":hash", s(before.leaseSecretHash().orElseThrow()));
        values.put(":newVersion", n(before.version() + 1));
        try {
            dynamo.updateItem(r -> r.tableName(tasksTable).key(TaskItemMapper.taskKey(before.projectId(), before.id()))
                    .updateExpression("SET #state = :answered, answer = :answer, answeredAt = :at, #version = :newVersion")
                    .conditionExpression("#version = :version AND #state = :state AND secretHash = :hash")
                    .expressionAttributeNames(taskNames())
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException raced) {
            throw new ConcurrentModificationException("micro-task " + before.id() + " changed since it was read");
        }
    }

    @Override
    public void release(MicroTask before) {
        Map<String, AttributeValue> values = new HashMap<>(sameVersion(before));
        values.put(":queued", s(TaskState.QUEUED.wireName()));
        values.put(":hash", s(before.leaseSecretHash().orElseThrow()));
        values.put(":newVersion", n(before.version() + 1));
        List<TransactWriteItem> writes = List.of(
                update(tasksTable, TaskItemMapper.taskKey(before.projectId(), before.id()),
                        "SET #state = :queued, #version = :newVersion REMOVE workerId, secretHash, leaseExpiresAt, receiptHandle",
                        "#version = :version AND #state = :state AND secretHash = :hash", taskNames(), values),
                update(tasksTable, TaskItemMapper.lockKey(before.projectId(), before.id().sampleId(), before.id().nodeId(),
                                before.worker().orElseThrow()),
                        "SET released = :yes", "attribute_exists(pk)", Map.of(), Map.of(":yes", AttributeValue.fromBool(true))));
        transact(writes, "micro-task " + before.id());
    }

    // ---- workflow transitions ---------------------------------------------------------------------

    @Override
    public List<MicroTask> enterFirstNode(Sample sample, NodeEntry entry, Instant at) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(update(samplesTable, SampleItemMapper.key(sample.projectId(), sample.id()),
                "SET #sampleStatus = :processing, currentNode = :node, results = if_not_exists(results, :empty)",
                "#sampleStatus = :pending AND attribute_exists(" + SampleItemMapper.BLOB_KEY + ")",
                Map.of("#sampleStatus", SampleItemMapper.STATUS),
                Map.of(":processing", s(SampleStatus.PROCESSING.wireName()), ":pending", s(SampleStatus.PENDING.wireName()),
                        ":node", s(entry.nodeId()), ":empty", AttributeValue.fromM(Map.of()))));
        writes.add(update(projectsTable, ProjectItemMapper.key(sample.projectId()),
                "ADD #noStart :minusOne, #processing :one",
                "#status = :running AND #noStart > :zero",
                Map.of("#noStart", "noStart", "#processing", "processing", "#status", "status"),
                Map.of(":minusOne", n(-1), ":one", n(1), ":zero", n(0), ":running", s(ProjectStatus.RUNNING.wireName()))));
        List<MicroTask> created = newNode(writes, sample.projectId(), sample.id(), entry, at);
        transact(writes, "sample " + sample.id());
        return created;
    }

    @Override
    public List<MicroTask> issueMore(NodeState before, int extra, Instant at) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(update(tasksTable, TaskItemMapper.nodeKey(before.projectId(), before.sampleId(), before.nodeId()),
                "SET issued = :issued, #version = :newVersion",
                "#version = :version AND decided = :no",
                Map.of("#version", "version"),
                Map.of(":issued", n(before.issued() + extra), ":newVersion", n(before.version() + 1), ":version", n(before.version()),
                        ":no", AttributeValue.fromBool(false))));
        List<MicroTask> created = new ArrayList<>();
        for (int slot = before.issued() + 1; slot <= before.issued() + extra; slot++) {
            MicroTask task = MicroTask.queued(before.projectId(), new TaskId(before.sampleId(), before.nodeId(), slot));
            writes.add(putNew(TaskItemMapper.taskItem(task, at)));
            created.add(task);
        }
        transact(writes, "node " + before.nodeId() + " of " + before.sampleId());
        return created;
    }

    @Override
    public List<MicroTask> decide(Decision decision) {
        NodeState before = decision.before();
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(update(tasksTable, TaskItemMapper.nodeKey(before.projectId(), before.sampleId(), before.nodeId()),
                "SET decided = :yes, #next = :next, #version = :newVersion",
                "#version = :version AND decided = :no",
                Map.of("#version", "version", "#next", "next"),
                Map.of(":yes", AttributeValue.fromBool(true), ":no", AttributeValue.fromBool(false), ":next", s(decision.nextNode()),
                        ":newVersion", n(before.version() + 1), ":version", n(before.version()))));
        Map<String, AttributeValue> sampleValues = new HashMap<>();
        sampleValues.put(":result", s(decision.resultJson()));
        sampleValues.put(":next", s(decision.nextNode()));
        sampleValues.put(":processing", s(SampleStatus.PROCESSING.wireName()));
        String sampleSet = "SET results.#node = :result, currentNode = :next";
        if (decision.completesSample()) {
            sampleSet += ", #sampleStatus = :completed";
            sampleValues.put(":completed", s(SampleStatus.COMPLETED.wireName()));
        }
        writes.add(update(samplesTable, SampleItemMapper.key(before.projectId(), before.sampleId()), sampleSet,
                "#sampleStatus = :processing", Map.of("#node", before.nodeId(), "#sampleStatus", SampleItemMapper.STATUS), sampleValues));
        Map<String, AttributeValue> projectValues = new HashMap<>();
        projectValues.put(":amount", n(decision.amountCents()));
        projectValues.put(":deleted", s(ProjectStatus.DELETED.wireName()));
        Map<String, String> projectNames = new HashMap<>(Map.of("#status", "status"));
        String projectAdd = "ADD amountSpentCents :amount";
        String projectCondition = "attribute_exists(pk) AND #status <> :deleted";
        if (decision.completesSample()) {
            projectAdd += ", #processing :minusOne, #completed :one, #success :one, #output :one";
            projectCondition += " AND #processing > :zero";
            projectValues.put(":minusOne", n(-1));
            projectValues.put(":one", n(1));
            projectValues.put(":zero", n(0));
            projectNames.putAll(Map.of("#processing", "processing", "#completed", "completed", "#success", "success", "#output", "output"));
        }
        writes.add(update(projectsTable, ProjectItemMapper.key(before.projectId()), projectAdd, projectCondition, projectNames, projectValues));
        List<MicroTask> created = decision.nextTaskNode()
                .map(entry -> newNode(writes, before.projectId(), before.sampleId(), entry, decision.at()))
                .orElse(List.of());
        transact(writes, "node " + before.nodeId() + " of " + before.sampleId());
        return created;
    }

    @Override
    public boolean completeIfDone(ProjectId projectId, Instant at) {
        try {
            dynamo.updateItem(r -> r.tableName(projectsTable).key(ProjectItemMapper.key(projectId))
                    .updateExpression("SET #status = :completed, updatedAt = :at ADD #version :one")
                    .conditionExpression("#status = :running AND #noStart = :zero AND #processing = :zero AND #items > :zero")
                    .expressionAttributeNames(Map.of("#status", "status", "#version", "version", "#noStart", "noStart",
                            "#processing", "processing", "#items", "items"))
                    .expressionAttributeValues(Map.of(":completed", s(ProjectStatus.COMPLETED.wireName()),
                            ":running", s(ProjectStatus.RUNNING.wireName()), ":zero", n(0), ":one", n(1), ":at", n(at.toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException notDone) {
            return false;
        }
    }

    // ---- listings ---------------------------------------------------------------------------------

    @Override
    public Page<SampleProgress> samples(ProjectId projectId, Optional<String> after, int limit, Set<SampleStatus> statuses) {
        QueryRequest.Builder query = QueryRequest.builder().tableName(samplesTable).consistentRead(true).limit(limit)
                .keyConditionExpression("pk = :pk");
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":pk", s(projectId.value())));
        if (!statuses.isEmpty()) {
            List<String> placeholders = new ArrayList<>();
            for (SampleStatus status : statuses) {
                placeholders.add(":s" + status.ordinal());
                values.put(":s" + status.ordinal(), s(status.wireName()));
            }
            query.filterExpression("#sampleStatus IN (" + String.join(", ", placeholders) + ")")
                    .expressionAttributeNames(Map.of("#sampleStatus", SampleItemMapper.STATUS));
        }
        query.expressionAttributeValues(values);
        after.ifPresent(sampleId -> query.exclusiveStartKey(Map.of("pk", s(projectId.value()), "sk", s(sampleId))));
        QueryResponse response = dynamo.query(query.build());
        List<SampleProgress> items = response.items().stream().map(DynamoTaskStore::progressOf).toList();
        Optional<String> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? Optional.of(Items.string(response.lastEvaluatedKey(), "sk")) : Optional.empty();
        return new Page<>(items, next);
    }

    private static SampleProgress progressOf(Map<String, AttributeValue> item) {
        Map<String, String> results = new HashMap<>();
        AttributeValue stored = item.get("results");
        if (stored != null && stored.hasM()) {
            stored.m().forEach((nodeId, json) -> results.put(nodeId, json.s()));
        }
        return new SampleProgress(SampleItemMapper.fromItem(item), Optional.ofNullable(Items.string(item, "currentNode")), results);
    }

    @Override
    public List<TaskId> parked(ProjectId projectId, int limit) {
        QueryResponse response = dynamo.query(r -> r.tableName(tasksTable).consistentRead(true).limit(limit)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(TaskItemMapper.parkedPartition(projectId)))));
        return response.items().stream().map(item -> TaskId.parse(Items.string(item, "sk")).orElseThrow()).toList();
    }

    @Override
    public boolean unpark(ProjectId projectId, TaskId taskId) {
        List<TransactWriteItem> writes = List.of(
                update(tasksTable, TaskItemMapper.taskKey(projectId, taskId), "SET #state = :queued ADD #version :one",
                        "#state = :parked", Map.of("#state", "state", "#version", "version"),
                        Map.of(":queued", s(TaskState.QUEUED.wireName()), ":parked", s(TaskState.PARKED.wireName()), ":one", n(1))),
                TransactWriteItem.builder().delete(Delete.builder().tableName(tasksTable).key(TaskItemMapper.parkedKey(projectId, taskId)).build())
                        .build());
        try {
            Transactions.write(dynamo, writes);
            return true;
        } catch (TransactionCanceledException e) {
            if (!Transactions.lostRace(e)) {
                throw e;
            }
            dynamo.deleteItem(r -> r.tableName(tasksTable).key(TaskItemMapper.parkedKey(projectId, taskId)));
            return false;
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private List<MicroTask> newNode(List<TransactWriteItem> writes, ProjectId projectId, SampleId sampleId, NodeEntry entry, Instant at) {
        writes.add(putNew(TaskItemMapper.nodeItem(NodeState.entered(projectId, sampleId, entry.nodeId(), entry.tasks()), at)));
        List<MicroTask> created = new ArrayList<>();
        for (int slot = 1; slot <= entry.tasks(); slot++) {
            MicroTask task = MicroTask.queued(projectId, new TaskId(sampleId, entry.nodeId(), slot));
            writes.add(putNew(TaskItemMapper.taskItem(task, at)));
            created.add(task);
        }
        return created;
    }

    private TransactWriteItem putNew(Map<String, AttributeValue> item) {
        return TransactWriteItem.builder().put(Put.builder().tableName(tasksTable).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
    }

    private static TransactWriteItem update(String table, Map<String, AttributeValue> key, String expression, String condition,
                                            Map<String, String> names, Map<String, AttributeValue> values) {
        Update.Builder update = Update.builder().tableName(table).key(key).updateExpression(expression).conditionExpression(condition)
                .expressionAttributeValues(values);
        if (!names.isEmpty()) {
            update.expressionAttributeNames(names);
        }
        return TransactWriteItem.builder().update(update.build()).build();
    }

    private void transact(List<TransactWriteItem> writes, String what) {
        try {
            Transactions.write(dynamo, writes);
        } catch (TransactionCanceledException e) {
            if (Transactions.lostRace(e)) {
                throw new ConcurrentModificationException(what + " changed since it was read");
            }
            throw e;
        }
    }

    private static Map<String, AttributeValue> sameVersion(MicroTask before) {
        return Map.of(":version", n(before.version()), ":state", s(before.state().wireName()));
    }

    private static Map<String, String> taskNames() {
        return Map.of("#state", "state", "#version", "version");
    }
}
