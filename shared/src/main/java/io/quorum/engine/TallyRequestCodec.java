package io.quorum.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import java.util.Optional;

/** The tally queue's message {@code {projectId, sampleId, nodeId}}: one (sample, node) whose answers to count. */
public final class TallyRequestCodec {

    private TallyRequestCodec() {
    }

    public static String toJson(TallyRequest request) {
        ObjectNode body = Json.object();
        body.put("projectId", request.projectId().value());
        body.put("sampleId", request.sampleId().value());
        body.put("nodeId", request.nodeId());
        return body.toString();
    }

    public static Optional<TallyRequest> parse(String body) {
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            String projectId = json.path("projectId").asText("");
            String sampleId = json.path("sampleId").asText("");
            String nodeId = json.path("nodeId").asText("");
            if (!ProjectId.isWellFormed(projectId) || !sampleId.matches("s_[0-9a-f]{32}") || nodeId.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TallyRequest(new ProjectId(projectId), new SampleId(sampleId), nodeId));
        } catch (JsonProcessingException | RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
