package io.quorum.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import java.io.IOException;

/** Reads a request body as JSON within a size limit, the first step of every API's pipeline. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The parsed body; refuses an oversized body unread, and an empty or unparseable one. */
    public static JsonNode parse(byte[] body, int maxBytes) {
        if (body.length > maxBytes) {
            throw new DomainException(Failure.BODY_TOO_LARGE, "the request body has " + body.length + " bytes; the limit is " + maxBytes);
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new DomainException(Failure.MALFORMED_JSON, "the request body is not valid JSON");
        } catch (IOException e) {
            throw new DomainException(Failure.MALFORMED_JSON, "the request body could not be read");
        }
        if (root == null || root.isMissingNode()) {
            throw new DomainException(Failure.MALFORMED_JSON, "the request body is empty");
        }
        return root;
    }
}
