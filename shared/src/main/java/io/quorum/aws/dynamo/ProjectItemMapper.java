package io.quorum.aws.dynamo;

import static io.quorum.aws.dynamo.Items.n;
import static io.quorum.aws.dynamo.Items.s;
import static io.quorum.aws.dynamo.Items.strings;

import io.quorum.auth.UserId;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectSpec;
import io.quorum.project.ProjectStatus;
import io.quorum.workflow.ProjectType;
import io.quorum.workflow.TaskType;
import io.quorum.workflow.TaskNode;
import io.quorum.workflow.Workflow;
import io.quorum.workflow.WorkflowCodec;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Maps projects to items of the projects table, and names the other items that table holds. */
final class ProjectItemMapper {

    static final String KIND = "project";
    static final String WORKFLOW = "workflow";

    private ProjectItemMapper() {
    }

    static Map<String, AttributeValue> key(ProjectId id) {
        return Map.of("pk", s(id.value()));
    }

    /** The per-owner counter behind project numbers. */
    static Map<String, AttributeValue> sequenceKey(UserId owner) {
        return Map.of("pk", s("seq#" + owner.value()));
    }

    /** The item that reserves a project name for one owner while the project lives. */
    static Map<String, AttributeValue> nameLockKey(UserId owner, String name) {
        return Map.of("pk", s("name#" + owner.value() + "#" + name));
    }

    static Map<String, AttributeValue> nameLock(Project project) {
        Map<String, AttributeValue> item = new HashMap<>(nameLockKey(project.owner(), project.spec().name()));
        item.put("kind", s("name-lock"));
        item.put("projectId", s(project.id().value()));
        return item;
    }

    static Map<String, AttributeValue> toItem(Project project) {
        Map<String, AttributeValue> item = new HashMap<>(specAttributes(project.spec()));
        project.customWorkflow().ifPresent(workflow -> item.put(WORKFLOW, workflowAttribute(workflow)));
        item.put("pk", s(project.id().value()));
        item.put("kind", s(KIND));
        item.put("ownerId", s(project.owner().value()));
        item.put("status", s(project.status().wireName()));
        item.put("version", n(project.version()));
        item.put("createdAt", n(project.createdAt().toEpochMilli()));
        item.put("updatedAt", n(project.updatedAt().toEpochMilli()));
        item.put("amountSpentCents", n(project.amountSpentCents()));
        Counters c = project.counters();
        item.put("items", n(c.items()));
        item.put("noStart", n(c.noStart()));
        item.put("processing", n(c.processing()));
        item.put("completed", n(c.completed()));
        item.put("success", n(c.success()));
        item.put("failed", n(c.failed()));
        item.put("output", n(c.output()));
        return item;
    }

    /** The configuration attributes, which setProject replaces as a whole. */
    static Map<String, AttributeValue> specAttributes(ProjectSpec spec) {
        return Map.of(
                "name", s(spec.name()),
                "type", s(spec.type().wireName()),
                "taskType", s(spec.taskType().wireName()),
                "instruction", s(spec.instruction()),
                "question", s(spec.question()),
                "objectMarked", s(spec.objectMarked()),
                "options", strings(spec.options()),
                "repetition", n(spec.repetition()));
    }

    /** The custom workflow, as its JSON: a document read and written whole, never queried. */
    static AttributeValue workflowAttribute(Workflow workflow) {
        return s(WorkflowCodec.toJson(workflow));
    }

    static Project fromItem(Map<String, AttributeValue> item) {
        ProjectSpec spec = new ProjectSpec(
                Items.string(item, "name"),
                ProjectType.fromWire(Items.string(item, "type")).orElseThrow(),
                TaskType.fromWire(Items.string(item, "taskType")).orElseThrow(),
                Items.string(item, "instruction"),
                Items.string(item, "question"),
                Items.string(item, "objectMarked"),
                Items.stringList(item, "options"),
                // Projects stored before repetition existed run with the default.
                item.containsKey("repetition") ? (int) Items.number(item, "repetition") : TaskNode.DEFAULT_REPETITION);
        Optional<Workflow> workflow = Optional.ofNullable(Items.string(item, WORKFLOW))
                .map(json -> WorkflowCodec.fromJson(json, spec.type()));
        Counters counters = new Counters(
                Items.number(item, "items"),
                Items.number(item, "noStart"),
                Items.number(item, "processing"),
                Items.number(item, "completed"),
                Items.number(item, "success"),
                Items.number(item, "failed"),
                Items.number(item, "output"));
        return new Project(
                new ProjectId(Items.string(item, "pk")),
                new UserId(Items.string(item, "ownerId")),
                spec,
                ProjectStatus.fromWire(Items.string(item, "status")).orElseThrow(),
                counters,
                Items.number(item, "amountSpentCents"),
                Instant.ofEpochMilli(Items.number(item, "createdAt")),
                Instant.ofEpochMilli(Items.number(item, "updatedAt")),
                Items.number(item, "version"),
                workflow);
    }
}
