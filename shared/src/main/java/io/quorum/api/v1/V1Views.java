package io.quorum.api.v1;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.ingest.RequestUploadUrls;
import io.quorum.json.Json;
import io.quorum.project.AlterProjectState;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectSpec;
import io.quorum.project.RetrieveProject;
import io.quorum.workflow.TaskKind;
import io.quorum.sample.SubmitResources;
import io.quorum.project.RetrieveWorkflow;
import io.quorum.workflow.Workflow;
import io.quorum.workflow.WorkflowCodec;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Writes each v1 answer's {@code data} with the spec's keys, in the spec's order, including its
 * misspelt keys ({@code qiestion}, {@code resourceDta}) with the correctly spelt key beside them.
 */
public final class V1Views {

    private V1Views() {
    }

    public static ObjectNode projectCreated(Project project) {
        ObjectNode data = projectConfiguration(project);
        data.put("created", seconds(project.createdAt()));
        return data;
    }

    /** As the spec's example: {@code created} is the time of this change; {@code projectStatus} the status number. */
    public static ObjectNode projectUpdated(Project project) {
        ObjectNode data = projectConfiguration(project);
        data.put("created", seconds(project.updatedAt()));
        data.put("projectStatus", project.status().number());
        return data;
    }

    public static ObjectNode projectReport(RetrieveProject.Report report) {
        Project project = report.project();
        ProjectSpec spec = project.spec();
        Counters counters = report.counters();
        ObjectNode projectData = Json.object();
        projectData.put("projectName", spec.name());
        projectData.put("projectInstruction", spec.instruction());
        projectData.put("question", spec.question());
        projectData.put("projectType", spec.type().wireName());
        projectData.put("taskType", spec.taskType().wireName());
        projectData.put("projectItemQuantity", counters.items());
        projectData.put("processingQuantity", counters.processing());
        projectData.put("projectStatus", project.status().wireName());
        projectData.put("completedQuantity", counters.completed());
        projectData.put("noStartQuantity", counters.noStart());
        projectData.put("successQuantity", counters.success());
        projectData.put("failedQuantity", counters.failed());
        projectData.put("outputQuantity", counters.output());
        projectData.put("amountSpent", BigDecimal.valueOf(project.amountSpentCents(), 2));
        projectData.set("options", options(spec.options()));
        projectData.put("repetition", spec.repetition());
        if (spec.type().kind() == TaskKind.FRAME_SELECTION) {
            projectData.put("objectMarked", spec.objectMarked());
        }
        ObjectNode extraInfo = Json.object();
        extraInfo.put("downloadableResultNum", counters.output());
        extraInfo.put("downloadResultURL", "");
        ObjectNode data = Json.object();
        data.set("projectData", projectData);
        data.set("extraInfo", extraInfo);
        return data;
    }

    public static ObjectNode resourcesSubmitted(SubmitResources.Receipt receipt) {
        ObjectNode data = Json.object();
        data.put("projectId", receipt.projectId().value());
        data.put("resourceType", receipt.resourceType().wireName());
        data.set("resourceDta", strings(receipt.urls()));
        data.set("resourceData", strings(receipt.urls()));
        data.put("addedQuantity", receipt.added());
        data.put("duplicateQuantity", receipt.duplicates());
        data.put("created", seconds(receipt.at()));
        return data;
    }

    /** requestUploadUrls: where and how to PUT each file; {@code expiresAt} in epoch seconds like every v1 time. */
    public static ObjectNode uploadUrls(RequestUploadUrls.Receipt receipt) {
        ObjectNode data = Json.object();
        data.put("projectId", receipt.projectId().value());
        ArrayNode uploads = data.putArray("uploads");
        receipt.uploads().forEach(upload -> uploads.addObject()
                .put("name", upload.name())
                .put("key", upload.key())
                .put("uploadURL", upload.url().toString())
                .put("method", "PUT")
                .put("contentType", upload.contentType())
                .put("expiresAt", seconds(upload.expiresAt())));
        return data;
    }

    public static ObjectNode stateAltered(AlterProjectState.Receipt receipt) {
        ObjectNode data = Json.object();
        data.put("projectId", receipt.projectId().value());
        data.put("alterType", receipt.change().wireName());
        data.put("projectStatus", receipt.to().wireName());
        data.put("created", seconds(receipt.at()));
        return data;
    }

    public static ObjectNode workflowSet(Project project) {
        ObjectNode data = Json.object();
        data.put("projectId", project.id().value());
        data.set("workflow", WorkflowCodec.write(project.workflow()));
        return data;
    }

    public static ObjectNode workflowRetrieved(RetrieveWorkflow.View view) {
        ObjectNode data = Json.object();
        data.put("projectId", view.projectId().value());
        data.set("workflow", WorkflowCodec.write(view.workflow()));
        data.put("custom", view.custom());
        return data;
    }

    private static ObjectNode projectConfiguration(Project project) {
        ProjectSpec spec = project.spec();
        ObjectNode data = Json.object();
        data.put("projectId", project.id().value());
        data.put("type", spec.type().wireName());
        data.put("name", spec.name());
        data.put("taskType", spec.taskType().wireName());
        data.put("instruction", spec.instruction());
        data.put("qiestion", spec.question());
        data.put("question", spec.question());
        ObjectNode extra = Json.object();
        if (spec.type().kind() == TaskKind.CLASSIFICATION) {
            extra.set("options", options(spec.options()));
        } else {
            extra.put("objectMarked", spec.objectMarked());
        }
        data.set("extra", extra);
        return data;
    }

    private static ArrayNode options(List<String> values) {
        ArrayNode options = Json.MAPPER.createArrayNode();
        values.forEach(value -> options.addObject().put("value", value));
        return options;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static long seconds(Instant instant) {
        return instant.getEpochSecond();
    }
}
