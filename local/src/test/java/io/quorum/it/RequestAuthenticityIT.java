package io.quorum.it;

import static io.quorum.it.ItSupport.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.SignType;
import io.quorum.local.LocalStackExtension;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signatures, timestamps and malformed bodies, over real HTTP; a refused request never creates anything. */
@ExtendWith(LocalStackExtension.class)
class RequestAuthenticityIT {

    private static V1Client customer;
    private static V1Client other;

    @BeforeAll
    static void accounts() {
        customer = ItSupport.newCustomer();
        other = ItSupport.newCustomer();
    }

    @Test
    void hmacSha256SignatureIsAccepted() {
        byte[] body = createBody(customer.userId(), ItSupport.uniqueName("hmac")).getBytes(StandardCharsets.UTF_8);
        JsonNode answer = V1Client.json(customer.send("/api/v1/projects", body,
                customer.signedHeaders(body, SignType.HMAC_SHA256, System.currentTimeMillis())));
        assertCode(0, answer);
    }

    @Test
    void lowerCaseHeaderNamesAndLowerCaseHexAreAccepted() {
        byte[] body = createBody(customer.userId(), ItSupport.uniqueName("lower")).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        customer.signedHeaders(body, SignType.MD5, System.currentTimeMillis()).forEach((name, value) ->
                headers.put(name.toLowerCase(), name.equals("RequestSign") ? value.toLowerCase() : value));
        assertCode(0, V1Client.json(customer.send("/api/v1/projects", body, headers)));
    }

    @Test
    void wrongSignatureIsRefusedWithCode27AndCreatesNothing() {
        String name = ItSupport.uniqueName("forged");
        byte[] body = createBody(customer.userId(), name).getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>(customer.signedHeaders(body, SignType.MD5, System.currentTimeMillis()));
        headers.put("RequestSign", "0123456789ABCDEF0123456789ABCDEF");
        JsonNode answer = V1Client.json(customer.send("/api/v1/projects", body, headers));
        assertCode(27, answer);
        assertEquals("api key signature verification failed", answer.get("errorMsg").asText());
        // the same name is still free: the refused request wrote nothing
        assertCode(0, customer.call("/api/v1/projects", ItSupport.classificationParams(name)));
    }

    @Test
    void bodyChangedAfterSigningIsRefused() {
        byte[] signed = createBody(customer.userId(), "original").getBytes(StandardCharsets.UTF_8);
        byte[] sent = createBody(customer.userId(), "tampered").getBytes(StandardCharsets.UTF_8);
        assertCode(27, V1Client.json(customer.send("/api/v1/projects", sent, customer.signedHeaders(signed, SignType.MD5, System.currentTimeMillis()))));
    }

    @Test
    void staleAndFutureTimestampsAreRefusedWithCode27() {
        byte[] body = createBody(customer.userId(), ItSupport.uniqueName("late")).getBytes(StandardCharsets.UTF_8);
        long now = System.currentTimeMillis();
        JsonNode stale = V1Client.json(customer.send("/api/v1/projects", body, customer.signedHeaders(body, SignType.MD5, now - 6 * 60_000)));
        assertCode(27, stale);
        assertTrue(stale.get("errorDetail").asText().contains("5 minutes"), stale.toString());
        assertCode(27, V1Client.json(customer.send("/api/v1/projects", body, customer.signedHeaders(body, SignType.MD5, now + 6 * 60_000))));
    }

    @Test
    void missingSignatureHeadersAreRefusedWithCode27() {
        byte[] body = createBody(customer.userId(), ItSupport.uniqueName("bare")).getBytes(StandardCharsets.UTF_8);
        for (String dropped : new String[] {"Timestamp", "SignType", "RequestSign"}) {
            Map<String, String> headers = new HashMap<>(customer.signedHeaders(body, SignType.MD5, System.currentTimeMillis()));
            headers.remove(dropped);
            JsonNode answer = V1Client.json(customer.send("/api/v1/projects", body, headers));
            assertCode(27, answer);
            assertTrue(answer.get("errorDetail").asText().contains(dropped), answer.toString());
        }
        Map<String, String> sha1 = new HashMap<>(customer.signedHeaders(body, SignType.MD5, System.currentTimeMillis()));
        sha1.put("SignType", "sha1");
        assertCode(27, V1Client.json(customer.send("/api/v1/projects", body, sha1)));
    }

    @Test
    void bodyNamingAnotherAccountSignedWithMyKeyIsRefused() {
        byte[] body = createBody(other.userId(), ItSupport.uniqueName("impersonation")).getBytes(StandardCharsets.UTF_8);
        assertCode(27, V1Client.json(customer.send("/api/v1/projects", body, customer.signedHeaders(body, SignType.MD5, System.currentTimeMillis()))));
    }

    @Test
    void unknownUserGetsCode6() {
        V1Client stranger = new V1Client(Stack.baseUrl(), "U_00000000000000000000000000000000", "test_0000000000000000000000000000");
        JsonNode answer = stranger.call("/api/v1/projects", ItSupport.classificationParams("nobody"));
        assertCode(6, answer);
        assertEquals("API request user does not exist", answer.get("errorMsg").asText());
    }

    @Test
    void nonJsonBodyGetsCode3() {
        String body = "userId=U_10BF4B46DD4811EA93476C96CFDDE73D&params=";
        JsonNode answer = V1Client.json(customer.send("/api/v1/projects", body.getBytes(StandardCharsets.UTF_8),
                customer.signedHeaders(body.getBytes(StandardCharsets.UTF_8), SignType.MD5, System.currentTimeMillis())));
        assertCode(3, answer);
        assertEquals("Json parsing failed", answer.get("errorMsg").asText());
        assertCode(3, V1Client.json(customer.send("/api/v1/projects", new byte[0], Map.of())));
    }

    @Test
    void repeatedJsonKeyGetsCode3() {
        String body = "{\"userId\": \"" + customer.userId() + "\", \"userId\": \"" + other.userId() + "\", \"params\": {}}";
        assertCode(3, customer.post("/api/v1/projects", body));
    }

    @Test
    void oversizedBodyGetsCode2WithoutBeingRead() {
        String padding = "x".repeat(300 * 1024);
        String body = "{\"userId\": \"" + customer.userId() + "\", \"params\": {\"projectName\": \"" + padding + "\"}}";
        JsonNode answer = customer.post("/api/v1/projects", body);
        assertCode(2, answer);
        assertTrue(answer.get("errorDetail").asText().contains("262144"), answer.toString());
    }

    @Test
    void envelopeFieldsAreCheckedStrictly() {
        assertCode(2, customer.post("/api/v1/projects", "{\"params\": {}}"));
        assertCode(2, customer.post("/api/v1/projects", "{\"userId\": 42, \"params\": {}}"));
        assertCode(2, customer.post("/api/v1/projects", "[\"" + customer.userId() + "\"]"));
        assertCode(2, customer.post("/api/v1/projects", "{\"userId\": \"" + customer.userId() + "\"}"));
        assertCode(2, customer.post("/api/v1/projects", "{\"userId\": \"" + customer.userId() + "\", \"params\": []}"));
        JsonNode extra = customer.post("/api/v1/projects", "{\"userId\": \"" + customer.userId() + "\", \"params\": {}, \"debug\": true}");
        assertCode(2, extra);
        assertTrue(extra.get("errorDetail").asText().contains("debug"), extra.toString());
    }

    @Test
    void errorAnswersCarryNoDataAndNoStackTrace() {
        JsonNode answer = customer.post("/api/v1/projects", "{\"userId\": \"" + customer.userId() + "\", \"params\": {\"projectName\": 7}}");
        assertCode(2, answer);
        assertFalse(answer.has("data"));
        assertFalse(answer.toString().contains("Exception"), answer.toString());
        assertTrue(answer.get("errorDetail").asText().contains("params.projectName"), answer.toString());
    }

    private static String createBody(String userId, String name) {
        return "{\"userId\": \"" + userId + "\", \"params\": " + ItSupport.classificationParams(name) + "}";
    }
}
