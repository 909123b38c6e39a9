package io.quorum.aws.dynamo;

import static io.quorum.aws.dynamo.Items.n;
import static io.quorum.aws.dynamo.Items.s;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quorum.json.Json;
import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import io.quorum.engine.MicroTask;
import io.quorum.engine.NodeState;
import io.quorum.engine.TaskId;
import io.quorum.engine.TaskState;
import io.quorum.engine.WorkerLock;
import io.quorum.worker.WorkerId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps the engine's state to items of the tasks table. One partition per sample ({@code projectId#sampleId})
 * holds its node states ({@code node#nodeId}), micro-tasks ({@code task#nodeId#slot}) and worker locks
 * ({@code worker#nodeId#workerId}); one partition per project ({@code parked#projectId}) lists its parked
 * micro-tasks by id, so a resume finds them with one consistent query.
 */
final class TaskItemMapper {

    static final String NODE = "node";
    static final String TASK = "task";
    static final String LOCK = "lock";
    static final String PARKED = "parked";

    private TaskItemMapper() {
    }

    static String samplePartition(ProjectId projectId, SampleId sampleId) {
        return projectId.value() + "#" + sampleId.value();
    }

    static Map<String, AttributeValue> nodeKey(ProjectId projectId, SampleId sampleId, String nodeId) {
        return Map.of("pk", s(samplePartition(projectId, sampleId)), "sk", s("node#" + nodeId));
    }

    static Map<String, AttributeValue> taskKey(ProjectId projectId, TaskId id) {
        return Map.of("pk", s(samplePartition(projectId, id.sampleId())), "sk", s("task#" + id.nodeId() + "#" + id.slot()));
    }

    static Map<String, AttributeValue> lockKey(ProjectId projectId, SampleId sampleId, String nodeId, WorkerId worker) {
        return Map.of("pk", s(samplePartition(projectId, sampleId)), "sk", s("worker#" + nodeId + "#" + worker.value()));
    }

    static String parkedPartition(ProjectId projectId) {
        return "parked#" + projectId.value();
    }

    static Map<String, AttributeValue> parkedKey(ProjectId projectId, TaskId id) {
        return Map.of("pk", s(parkedPartition(projectId)), "sk", s(id.value()));
    }

    static Map<String, AttributeValue> parkedItem(ProjectId projectId, TaskId id) {
        Map<String, AttributeValue> item = new HashMap<>(parkedKey(projectId, id));
        item.put("kind", s(PARKED));
        return item;
    }

    static Map<String, AttributeValue> nodeItem(NodeState node, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(nodeKey(node.projectId(), node.sampleId(), node.nodeId()));
        item.put("kind", s(NODE));
        item.put("projectId", s(node.projectId().value()));
        item.put("sampleId", s(node.sampleId().value()));
        item.put("nodeId", s(node.nodeId()));
        item.put("issued", n(node.issued()));
        item.put("decided", AttributeValue.fromBool(node.decided()));
        node.nextNode().ifPresent(next -> item.put("next", s(next)));
        item.put("version", n(node.version()));
        item.put("createdAt", n(at.toEpochMilli()));
        return item;
    }

    static NodeState nodeFromItem(Map<String, AttributeValue> item) {
        AttributeValue decided = item.get("decided");
        return new NodeState(new ProjectId(Items.string(item, "projectId")), new SampleId(Items.string(item, "sampleId")),
                Items.string(item, "nodeId"), Math.toIntExact(Items.number(item, "issued")),
                decided != null && Boolean.TRUE.equals(decided.bool()), Optional.ofNullable(Items.string(item, "next")),
                Items.number(item, "version"));
    }

    /** A new, queued micro-task. */
    static Map<String, AttributeValue> taskItem(MicroTask task, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(taskKey(task.projectId(), task.id()));
        item.put("kind", s(TASK));
        item.put("projectId", s(task.projectId().value()));
        item.put("sampleId", s(task.id().sampleId().value()));
        item.put("nodeId", s(task.id().nodeId()));
        item.put("slot", n(task.id().slot()));
        item.put("state", s(task.state().wireName()));
        item.put("version", n(task.version()));
        item.put("createdAt", n(at.toEpochMilli()));
        return item;
    }

    static MicroTask taskFromItem(Map<String, AttributeValue> item) {
        TaskId id = new TaskId(new SampleId(Items.string(item, "sampleId")), Items.string(item, "nodeId"),
                Math.toIntExact(Items.number(item, "slot")));
        return new MicroTask(
                new ProjectId(Items.string(item, "projectId")),
                id,
                TaskState.fromWire(Items.string(item, "state")).orElseThrow(),
                Optional.ofNullable(Items.string(item, "workerId")).map(WorkerId::new),
                Optional.ofNullable(Items.string(item, "secretHash")),
                instant(item, "leaseExpiresAt"),
                Optional.ofNullable(Items.string(item, "receiptHandle")),
                Optional.ofNullable(Items.string(item, "answer")).map(TaskItemMapper::readJson),
                instant(item, "answeredAt"),
                Items.number(item, "version"));
    }

    static Map<String, AttributeValue> lockItem(ProjectId projectId, TaskId taskId, WorkerId worker, String secretHash, Instant expiresAt) {
        Map<String, AttributeValue> item = new HashMap<>(lockKey(projectId, taskId.sampleId(), taskId.nodeId(), worker));
        item.put("kind", s(LOCK));
        item.put("taskId", s(taskId.value()));
        item.put("secretHash", s(secretHash));
        item.put("leaseExpiresAt", n(expiresAt.toEpochMilli()));
        item.put("released", AttributeValue.fromBool(false));
        return item;
    }

    static WorkerLock lockFromItem(Map<String, AttributeValue> item) {
        AttributeValue released = item.get("released");
        return new WorkerLock(TaskId.parse(Items.string(item, "taskId")).orElseThrow(), Items.string(item, "secretHash"),
                Instant.ofEpochMilli(Items.number(item, "leaseExpiresAt")), released != null && Boolean.TRUE.equals(released.bool()));
    }

    static String writeJson(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored answer is JSON", e);
        }
    }

    private static Optional<Instant> instant(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Optional.of(Instant.ofEpochMilli(Items.number(item, name))) : Optional.empty();
    }
}
