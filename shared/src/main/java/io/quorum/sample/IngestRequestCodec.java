package io.quorum.sample;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.auth.UserId;
import io.quorum.json.Json;
import io.quorum.project.ProjectId;
import io.quorum.workflow.ResourceType;

/** The ingest queue's message: one sample to fetch, check and store. */
public final class IngestRequestCodec {

    private IngestRequestCodec() {
    }

    /** The message body the fetcher reads. */
    public static String toJson(IngestRequest request) {
        ObjectNode body = Json.object();
        body.put("owner", request.owner().value());
        body.put("projectId", request.projectId().value());
        body.put("sampleId", request.sampleId().value());
        body.put("url", request.url());
        body.put("resourceType", request.resourceType().wireName());
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Reads a message body that {@link #toJson} wrote; {@link IllegalArgumentException} for anything else. */
    public static IngestRequest fromJson(String body) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the message is not JSON", e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the message is not a JSON object");
        }
        try {
            return new IngestRequest(new UserId(text(json, "owner")), new ProjectId(text(json, "projectId")),
                    new SampleId(text(json, "sampleId")), text(json, "url"),
                    ResourceType.fromWire(text(json, "resourceType")).orElseThrow(() -> new IllegalArgumentException("unknown resourceType")));
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("the message lacks a field", e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the message has no text field " + field);
        }
        return value.textValue();
    }
}
