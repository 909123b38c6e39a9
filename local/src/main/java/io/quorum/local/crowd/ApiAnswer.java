package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/** A v1-envelope answer: its code, its {@code data} on success, and the error text otherwise. */
public record ApiAnswer(int code, JsonNode data, String error) {

    public static ApiAnswer of(JsonNode body) {
        JsonNode data = body.has("data") ? body.get("data") : NullNode.getInstance();
        String error = body.path("errorMsg").asText("");
        if (body.hasNonNull("errorDetail")) {
            error = error + " (" + body.get("errorDetail").asText() + ")";
        }
        return new ApiAnswer(body.path("code").asInt(-1), data, error);
    }

    public boolean ok() {
        return code == 0;
    }
}
