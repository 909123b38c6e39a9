package io.quorum.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import io.quorum.project.ProjectId;
import java.util.Locale;
import java.util.Optional;

/** The dispatch queue's message {@code {projectId, kind: "samples"|"unpark", cursor?}}: one page of a sweep. */
public final class SweepRequestCodec {

    private SweepRequestCodec() {
    }

    public static String toJson(SweepRequest request) {
        ObjectNode body = Json.object();
        body.put("projectId", request.projectId().value());
        body.put("kind", request.phase().name().toLowerCase(Locale.ROOT));
        request.cursor().ifPresent(cursor -> body.put("cursor", cursor));
        return body.toString();
    }

    public static Optional<SweepRequest> parse(String body) {
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            String projectId = json.path("projectId").asText("");
            String kind = json.path("kind").asText("samples");
            if (!ProjectId.isWellFormed(projectId) || !(kind.equals("samples") || kind.equals("unpark"))) {
                return Optional.empty();
            }
            Optional<String> cursor = json.hasNonNull("cursor") ? Optional.of(json.get("cursor").asText()) : Optional.empty();
            return Optional.of(new SweepRequest(new ProjectId(projectId), SweepRequest.Phase.valueOf(kind.toUpperCase(Locale.ROOT)), cursor));
        } catch (JsonProcessingException | RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
