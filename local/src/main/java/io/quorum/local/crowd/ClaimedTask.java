package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** The part of a worker API claim answer a simulated worker needs. */
public record ClaimedTask(
        String taskToken,
        String projectId,
        String sampleId,
        String taskType,
        List<String> options,
        String resourceType,
        String resourceUrl,
        OptionalInt imageWidth,
        OptionalInt imageHeight) {

    public ClaimedTask {
        Objects.requireNonNull(taskToken, "taskToken");
        Objects.requireNonNull(taskType, "taskType");
        options = List.copyOf(options);
    }

    /** Reads claim's {@code data}; options may be plain strings or the v1 {@code {"value": ...}} objects. */
    public static ClaimedTask fromClaim(JsonNode data) {
        List<String> options = new ArrayList<>();
        for (JsonNode option : data.path("options")) {
            options.add(option.isObject() ? option.path("value").asText() : option.asText());
        }
        return new ClaimedTask(
                text(data, "taskToken"),
                text(data, "projectId"),
                text(data, "sampleId"),
                text(data, "taskType"),
                options,
                text(data, "resourceType"),
                text(data, "resourceURL"),
                integer(data, "imageWidth"),
                integer(data, "imageHeight"));
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static OptionalInt integer(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value != null && value.canConvertToInt() && value.asInt() > 0 ? OptionalInt.of(value.asInt()) : OptionalInt.empty();
    }
}
