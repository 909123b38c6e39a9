package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real template's API, served by the stack that LocalStackExtension starts. */
@WithLocalStack
class LocalApiTest {

    private static JsonNode json(String body) throws IOException {
        return EventJson.MAPPER.readTree(body);
    }

    @Test
    void localInfoDescribesEndpointsResourcesAndCredentials(LocalStack stack) throws IOException {
        HttpResponse<String> response = Http.get(stack.baseUrl() + "/_local/info");
        assertEquals(200, response.statusCode());
        JsonNode info = json(response.body());
        assertEquals("http://localhost:" + stack.baseUri().getPort(), info.get("apiUrl").asText());
        assertEquals(stack.endpoints().dynamoDb().toString(), info.get("dynamodb").asText());
        assertEquals(stack.endpoints().sqs().toString(), info.get("sqs").asText());
        assertEquals(stack.endpoints().s3().toString(), info.get("s3").asText());
        assertEquals("quorum-ProjectsTable", info.get("tables").get("ProjectsTable").asText());
        assertEquals(stack.queueUrl("IngestQueue"), info.get("queues").get("IngestQueue").asText());
        assertEquals("quorum-resourcesbucket", info.get("buckets").get("ResourcesBucket").asText());
        assertEquals(DemoAccount.DEFAULT_USER_ID, info.get("demo").get("userId").asText());
        assertEquals(DemoAccount.DEFAULT_SECRET_KEY, info.get("demo").get("secretKey").asText());
        assertEquals(LocalStack.ADMIN_KEY, info.get("adminKey").asText());
        assertEquals(stack.info(), LocalInfo.fromJson(info));
    }

    @Test
    void unknownV1PathIsAnsweredByTheFallbackFunctionWithCode4(LocalStack stack) throws IOException {
        String body = "{\"userId\": \"" + stack.demoUserId() + "\", \"params\": {}}";
        HttpResponse<String> response = Http.send("POST", stack.baseUrl() + "/api/v1/does/not/exist",
                body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "application/json"));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(4, json(response.body()).get("code").asInt(), response.body());
    }

    @Test
    void pathOutsideTheApiGets403(LocalStack stack) throws IOException {
        HttpResponse<String> response = Http.get(stack.baseUrl() + "/elsewhere");
        assertEquals(403, response.statusCode());
        assertEquals("Missing Authentication Token", json(response.body()).get("message").asText());
    }

    @Test
    void bannersSignedCreateProjectRequestSucceeds(LocalStack stack) throws IOException {
        DemoRequest request = DemoRequest.createProject(stack.baseUrl(), stack.demo(), Instant.now());
        HttpResponse<String> response = Http.send("POST", request.url(), request.body().getBytes(StandardCharsets.UTF_8), Map.of(
                "Content-Type", "application/json",
                "Timestamp", request.timestamp(),
                "SignType", "md5",
                "RequestSign", request.requestSign()));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response.body());
        assertEquals(0, answer.get("code").asInt(), response.body());
        assertTrue(answer.path("data").path("projectId").isTextual(), response.body());
    }
}
