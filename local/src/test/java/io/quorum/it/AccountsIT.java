package io.quorum.it;

import static io.quorum.it.ItSupport.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.LocalStackExtension;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator endpoint that opens customer accounts. */
@ExtendWith(LocalStackExtension.class)
class AccountsIT {

    @Test
    void createdAccountGetsWellFormedCredentialsThatSignRequests() {
        String email = UUID.randomUUID() + "@Example.com";
        HttpResponse<String> created = ItSupport.createAccount("{\"email\": \"" + email + "\"}", Map.of("X-Admin-Key", Stack.adminKey()));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode account = ItSupport.parse(created.body());
        assertTrue(account.get("userId").asText().matches("U_[0-9A-F]{32}"), created.body());
        assertTrue(account.get("secretKey").asText().length() >= 32, created.body());
        assertEquals(email.toLowerCase(), account.get("email").asText());
        V1Client client = new V1Client(Stack.baseUrl(), account.get("userId").asText(), account.get("secretKey").asText());
        assertCode(0, client.call("/api/v1/projects", ItSupport.classificationParams("first project")));
    }

    @Test
    void missingAdminKeyGets401AndWrongKeyGets403() {
        HttpResponse<String> missing = ItSupport.createAccount("{\"email\": \"a@example.com\"}", Map.of());
        assertEquals(401, missing.statusCode());
        HttpResponse<String> wrong = ItSupport.createAccount("{\"email\": \"a@example.com\"}", Map.of("X-Admin-Key", Stack.adminKey() + "x"));
        assertEquals(403, wrong.statusCode());
        assertFalse(wrong.body().contains(Stack.adminKey()), wrong.body());
    }

    @Test
    void invalidBodiesGet400() {
        Map<String, String> admin = Map.of("X-Admin-Key", Stack.adminKey());
        assertEquals(400, ItSupport.createAccount("not json", admin).statusCode());
        assertEquals(400, ItSupport.createAccount("{}", admin).statusCode());
        assertEquals(400, ItSupport.createAccount("{\"email\": \"not-an-address\"}", admin).statusCode());
        assertEquals(400, ItSupport.createAccount("{\"email\": 12}", admin).statusCode());
        assertEquals(400, ItSupport.createAccount("{\"email\": \"b@example.com\", \"admin\": true}", admin).statusCode());
        assertEquals(413, ItSupport.createAccount("{\"email\": \"" + "a".repeat(20_000) + "@example.com\"}", admin).statusCode());
    }

    @Test
    void secondAccountForTheSameEmailGets409() {
        Map<String, String> admin = Map.of("X-Admin-Key", Stack.adminKey());
        String email = UUID.randomUUID() + "@example.com";
        assertEquals(201, ItSupport.createAccount("{\"email\": \"" + email + "\"}", admin).statusCode());
        HttpResponse<String> again = ItSupport.createAccount("{\"email\": \"" + email.toUpperCase() + "\"}", admin);
        assertEquals(409, again.statusCode());
        assertEquals("email_taken", ItSupport.parse(again.body()).get("error").asText());
    }

    @Test
    void neitherTheSecretKeyNorTheAdminKeyIsLogged() {
        java.io.PrintStream originalOut = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        HttpResponse<String> created;
        String signedCall;
        try {
            // the JSON-lines logger looks System.out up at every write, so this sees every log line
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            created = ItSupport.createAccount("{\"email\": \"" + UUID.randomUUID() + "@example.com\"}", Map.of("X-Admin-Key", Stack.adminKey()));
            JsonNode account = ItSupport.parse(created.body());
            V1Client client = new V1Client(Stack.baseUrl(), account.get("userId").asText(), account.get("secretKey").asText());
            signedCall = client.call("/api/v1/projects", ItSupport.classificationParams("logged?")).toString();
        } finally {
            System.setOut(originalOut);
        }
        assertEquals(201, created.statusCode());
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        String secret = ItSupport.parse(created.body()).get("secretKey").asText();
        assertTrue(log.contains("createAccount") && log.contains("createProject"), "the requests were logged: " + log);
        assertFalse(log.contains(secret), "secret key in the log");
        assertFalse(log.contains(Stack.adminKey()), "admin key in the log");
        assertFalse(log.contains("look closely"), "request body in the log");
        assertTrue(signedCall.contains("\"code\":0"), signedCall);
    }
}
