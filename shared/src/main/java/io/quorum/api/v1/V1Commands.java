package io.quorum.api.v1;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.ingest.RequestUploadUrls;
import io.quorum.project.AlterProjectState;
import io.quorum.project.CreateProject;
import io.quorum.project.ProjectDraft;
import io.quorum.project.RetrieveProject;
import io.quorum.project.StateChange;
import io.quorum.project.UpdateProject;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.SubmitResources;
import io.quorum.project.RetrieveWorkflow;
import io.quorum.project.SetWorkflow;
import io.quorum.workflow.TaskNode;
import java.util.List;
import java.util.Optional;

/** Reads each v1 endpoint's params into its use case's command, refusing unknown fields. */
public final class V1Commands {

    private V1Commands() {
    }

    public static CreateProject.Command createProject(UserId caller, Params params) {
        ProjectDraft draft = new ProjectDraft(
                params.requiredString("projectName"),
                params.requiredString("type"),
                params.requiredString("taskType"),
                params.optionalString("instruction").orElse(null),
                params.optionalString("question").orElse(null),
                params.optionalString("objectMarked").orElse(null),
                options(params).orElse(null),
                repetition(params));
        params.finish();
        return new CreateProject.Command(caller, draft);
    }

    public static UpdateProject.Command updateProject(UserId caller, Params params) {
        String projectId = params.requiredString("projectId");
        ProjectDraft changes = new ProjectDraft(
                params.optionalString("projectName").orElse(null),
                params.optionalString("type").orElse(null),
                params.optionalString("taskType").orElse(null),
                params.optionalString("instruction").orElse(null),
                params.optionalString("question").orElse(null),
                params.optionalString("objectMarked").orElse(null),
                options(params).orElse(null),
                repetition(params));
        params.finish();
        return new UpdateProject.Command(caller, projectId, changes);
    }

    public static RetrieveProject.Query retrieveProject(UserId caller, Params params) {
        String projectId = params.requiredString("projectId");
        Optional<Long> start = params.optionalLong("startTime");
        Optional<Long> end = params.optionalLong("endTime");
        params.finish();
        return new RetrieveProject.Query(caller, projectId, RetrieveProject.Window.of(start, end));
    }

    /** The spec's parameter list calls the resource type {@code type}, its example {@code resourceType}: both are read. */
    public static SubmitResources.Command submitResources(UserId caller, Params params) {
        String projectId = params.requiredString("projectId");
        Optional<String> resourceType = params.optionalString("resourceType");
        Optional<String> type = params.optionalString("type");
        if (resourceType.isPresent() && type.isPresent() && !resourceType.equals(type)) {
            throw DomainException.invalidParameter("params.resourceType and params.type disagree; send one of them");
        }
        String typeName = resourceType.or(() -> type)
                .orElseThrow(() -> DomainException.invalidParameter(params.field("resourceType") + " is required"));
        ResourceType parsed = ResourceType.fromWire(typeName).orElseThrow(() ->
                DomainException.invalidParameter(params.field("resourceType") + " must be one of image, audio, text, graphic"));
        List<String> urls = params.requiredStringList("resourceURLs");
        params.finish();
        return new SubmitResources.Command(caller, projectId, parsed, urls);
    }

    /** requestUploadUrls: {@code {"projectId", "files": [{"name", "contentType"}]}}. */
    public static RequestUploadUrls.Command requestUploadUrls(UserId caller, Params params) {
        String projectId = params.requiredString("projectId");
        List<Params> files = params.optionalObjectList("files")
                .orElseThrow(() -> DomainException.invalidParameter(params.field("files") + " is required"));
        params.finish();
        return new RequestUploadUrls.Command(caller, projectId, files.stream().map(file -> {
            var requested = new RequestUploadUrls.File(file.requiredString("name"), file.requiredString("contentType"));
            file.finish();
            return requested;
        }).toList());
    }

    public static AlterProjectState.Command alterState(UserId caller, Params params) {
        String projectId = params.requiredString("projectId");
        String type = params.requiredString("type");
        params.finish();
        StateChange change = StateChange.fromWire(type).orElseThrow(() ->
                DomainException.invalidParameter(params.field("type") + " must be start, pause or delete"));
        return new AlterProjectState.Command(caller, projectId, change);
    }

    public static SetWorkflow.Command setWorkflow(UserId caller, Params params) {
        String projectId = params.requiredString("projectId");
        ObjectNode workflow = params.requiredObject("workflow");
        params.finish();
        return new SetWorkflow.Command(caller, projectId, workflow);
    }

    public static RetrieveWorkflow.Query retrieveWorkflow(UserId caller, Params params) {
        String projectId = params.requiredString("projectId");
        params.finish();
        return new RetrieveWorkflow.Query(caller, projectId);
    }

    /** How many workers answer each sample of the one-node workflow the project's fields imply. */
    private static Integer repetition(Params params) {
        return params.optionalInt("repetition", 1, TaskNode.MAX_REPETITION).orElse(null);
    }

    /** The spec's options: {@code [{"value": "cat"}, ...]}. */
    private static Optional<List<String>> options(Params params) {
        return params.optionalObjectList("options").map(list -> list.stream().map(option -> {
            String value = option.requiredString("value");
            option.finish();
            return value;
        }).toList());
    }
}
