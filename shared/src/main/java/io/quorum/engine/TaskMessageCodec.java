package io.quorum.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import java.util.Optional;

/** The task queue's message {@code {projectId, sampleId, nodeId, slot}}: one micro-task waiting for a worker. */
public final class TaskMessageCodec {

    private TaskMessageCodec() {
    }

    public static String toJson(TaskRef ref) {
        ObjectNode body = Json.object();
        body.put("projectId", ref.projectId().value());
        body.put("sampleId", ref.taskId().sampleId().value());
        body.put("nodeId", ref.taskId().nodeId());
        body.put("slot", ref.taskId().slot());
        return body.toString();
    }

    public static Optional<TaskRef> parse(String body) {
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            String projectId = json.path("projectId").asText("");
            String sampleId = json.path("sampleId").asText("");
            String nodeId = json.path("nodeId").asText("");
            int slot = json.path("slot").asInt(0);
            if (!ProjectId.isWellFormed(projectId) || !sampleId.matches("s_[0-9a-f]{32}") || nodeId.isEmpty() || slot < 1) {
                return Optional.empty();
            }
            return Optional.of(new TaskRef(new ProjectId(projectId), new TaskId(new SampleId(sampleId), nodeId, slot)));
        } catch (JsonProcessingException | RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
