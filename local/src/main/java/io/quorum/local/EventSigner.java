package io.quorum.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.auth.SignType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;

/**
 * Re-signs a committed sample API event for the demo account: a signature is only accepted
 * within five minutes of its Timestamp, so a stored event would otherwise go stale at once.
 *
 * <p>Only events that carry a {@code RequestSign} header and whose body names the demo user are
 * touched; the SignType the event names is kept. Other events, such as deliberately broken
 * signatures for another user, pass through unchanged.
 */
public final class EventSigner {


    private EventSigner() {
    }

    /** @return true when the event was re-stamped and re-signed (in place) */
    public static boolean restamp(ObjectNode event, DemoAccount demo, Instant now) {
        Optional<ObjectNode> headers = Optional.ofNullable(event.get("headers"))
                .filter(JsonNode::isObject).map(ObjectNode.class::cast);
        if (headers.isEmpty() || headerName(headers.get(), "RequestSign").isEmpty()) {
            return false;
        }
        byte[] body = rawBody(event);
        if (!demo.userId().equals(userIdOf(body))) {
            return false;
        }
        String signTypeHeader = headerName(headers.get(), "SignType").map(name -> headers.get().get(name).asText()).orElse(null);
        Optional<SignType> signType = signTypeHeader == null ? Optional.of(SignType.MD5) : SignType.fromHeader(signTypeHeader);
        if (signType.isEmpty()) {
            return false;
        }
        String timestamp = Long.toString(now.toEpochMilli());
        setHeader(event, "Timestamp", timestamp);
        String sentAs = signTypeHeader == null ? signType.get().wireName() : signTypeHeader.trim();
        setHeader(event, "RequestSign", demo.sign(signType.get(), sentAs, body, timestamp));
        return true;
    }

    private static byte[] rawBody(ObjectNode event) {
        JsonNode body = event.get("body");
        if (body == null || !body.isTextual()) {
            return new byte[0];
        }
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getDecoder().decode(body.asText());
            } catch (IllegalArgumentException notBase64) {
                return body.asText().getBytes(StandardCharsets.UTF_8);
            }
        }
        return body.asText().getBytes(StandardCharsets.UTF_8);
    }

    private static String userIdOf(byte[] body) {
        try {
            JsonNode json = EventJson.MAPPER.readTree(body);
            return json != null && json.path("userId").isTextual() ? json.get("userId").asText() : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** Sets the header in {@code headers} and, when present there, in {@code multiValueHeaders}, keeping the event's spelling. */
    private static void setHeader(ObjectNode event, String name, String value) {
        ObjectNode headers = (ObjectNode) event.get("headers");
        headers.put(headerName(headers, name).orElse(name), value);
        JsonNode multi = event.get("multiValueHeaders");
        if (multi instanceof ObjectNode multiValueHeaders) {
            Optional<String> existing = headerName(multiValueHeaders, name);
            if (existing.isPresent()) {
                ArrayNode values = multiValueHeaders.putArray(existing.get());
                values.add(value);
            }
        }
    }

    private static Optional<String> headerName(ObjectNode headers, String wanted) {
        for (Iterator<String> names = headers.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equalsIgnoreCase(wanted)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
