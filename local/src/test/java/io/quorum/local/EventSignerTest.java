package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.auth.RequestSigner;
import io.quorum.auth.SecretKey;
import io.quorum.auth.SignType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventSignerTest {

    private static final DemoAccount DEMO = DemoAccount.defaults();
    private static final Instant NOW = Instant.ofEpochMilli(1_800_000_000_123L);

    private static ObjectNode event(String userId, String signType, boolean base64) throws IOException {
        String body = "{\"userId\": \"" + userId + "\", \"params\": {\"projectId\": \"P1\"}}";
        String encoded = base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body;
        String signTypeHeader = signType == null ? "" : ", \"signtype\": \"" + signType + "\"";
        return (ObjectNode) EventJson.MAPPER.readTree("""
                {"httpMethod": "POST", "path": "/api/v1/projects",
                 "headers": {"timestamp": "1", "RequestSign": "OLD"%s},
                 "multiValueHeaders": {"timestamp": ["1"], "RequestSign": ["OLD"]},
                 "body": %s, "isBase64Encoded": %s}
                """.formatted(signTypeHeader, EventJson.MAPPER.writeValueAsString(encoded), base64));
    }

    private static String expectedSign(SignType type, ObjectNode event, boolean base64) {
        String body = event.get("body").asText();
        byte[] raw = base64 ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return RequestSigner.sign(type, DEMO.userId(), raw, Long.toString(NOW.toEpochMilli()), new SecretKey(DEMO.secretKey()));
    }

    @Test
    void demoUsersEventGetsANewTimestampAndSignatureInBothHeaderMaps() throws IOException {
        ObjectNode event = event(DEMO.userId(), "md5", false);
        assertTrue(EventSigner.restamp(event, DEMO, NOW));
        String sign = expectedSign(SignType.MD5, event, false);
        assertEquals("1800000000123", event.get("headers").get("timestamp").asText());
        assertEquals(sign, event.get("headers").get("RequestSign").asText());
        assertEquals("1800000000123", event.get("multiValueHeaders").get("timestamp").get(0).asText());
        assertEquals(sign, event.get("multiValueHeaders").get("RequestSign").get(0).asText());
    }

    @Test
    void signTypeOfTheEventIsKeptAndBase64BodiesAreSignedAsDecodedBytes() throws IOException {
        ObjectNode event = event(DEMO.userId(), "HmacSHA256", true);
        assertTrue(EventSigner.restamp(event, DEMO, NOW));
        assertEquals(expectedSign(SignType.HMAC_SHA256, event, true), event.get("headers").get("RequestSign").asText());
    }

    @Test
    void upperCaseSignTypeIsSignedAsTheHeaderSpellsIt() throws IOException {
        ObjectNode event = event(DEMO.userId(), "MD5", false);
        assertTrue(EventSigner.restamp(event, DEMO, NOW));
        String expected = RequestSigner.sign(SignType.MD5, "MD5", DEMO.userId(), event.get("body").asText().getBytes(StandardCharsets.UTF_8),
                Long.toString(NOW.toEpochMilli()), new SecretKey(DEMO.secretKey()));
        assertEquals(expected, event.get("headers").get("RequestSign").asText());
    }

    @Test
    void otherUsersEventIsLeftAlone() throws IOException {
        ObjectNode event = event("U_00000000000000000000000000000000", "md5", false);
        assertFalse(EventSigner.restamp(event, DEMO, NOW));
        assertEquals("OLD", event.get("headers").get("RequestSign").asText());
    }

    @Test
    void unsignedEventIsLeftAlone() throws IOException {
        ObjectNode event = event(DEMO.userId(), "md5", false);
        ((ObjectNode) event.get("headers")).remove("RequestSign");
        assertFalse(EventSigner.restamp(event, DEMO, NOW));
    }

    @Test
    void everyCommittedSampleEventReadsAsAProxyEvent() throws IOException {
        Path events = Path.of("..", "events");
        if (!Files.isDirectory(events)) {
            return;
        }
        try (Stream<Path> files = Files.list(events)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                ObjectNode json = (ObjectNode) EventJson.MAPPER.readTree(file.toFile());
                if (json.has("Records")) {
                    continue; // an SQS or S3 event, not a proxy event
                }
                APIGatewayProxyRequestEvent event = (APIGatewayProxyRequestEvent) EventJson.read(json, APIGatewayProxyRequestEvent.class);
                assertEquals(json.get("httpMethod").asText(), event.getHttpMethod(), file.toString());
                assertEquals(json.get("body").asText(null), event.getBody(), file.toString());
                assertEquals(json.path("isBase64Encoded").asBoolean(false), event.getIsBase64Encoded(), file.toString());
                assertEquals(json.get("headers").size(), event.getHeaders().size(), file.toString());
                assertEquals(json.path("requestContext").path("requestId").asText(null), event.getRequestContext().getRequestId(), file.toString());
                assertEquals(json.path("requestContext").path("identity").path("sourceIp").asText(null),
                        event.getRequestContext().getIdentity().getSourceIp(), file.toString());
            }
        }
    }
}
