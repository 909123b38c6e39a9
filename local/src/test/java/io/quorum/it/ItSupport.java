package io.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the integration tests share: clients for fresh accounts, and direct writes that put a project
 * into states only later flows (operator approval, the labeling engine) reach through the API.
 */
final class ItSupport {

    private ItSupport() {
    }

    static V1Client demo() {
        return new V1Client(Stack.baseUrl(), Stack.demoUserId(), Stack.demoSecretKey());
    }

    /** A new customer account, made through the operator endpoint as a real operator would. */
    static V1Client newCustomer() {
        HttpResponse<String> created = createAccount("{\"email\": \"" + UUID.randomUUID() + "@example.com\"}",
                Map.of("X-Admin-Key", Stack.adminKey()));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode account = parse(created.body());
        return new V1Client(Stack.baseUrl(), account.get("userId").asText(), account.get("secretKey").asText());
    }

    static HttpResponse<String> createAccount(String body, Map<String, String> headers) {
        return new V1Client(Stack.baseUrl(), Stack.demoUserId(), Stack.demoSecretKey())
                .send("/api/v1/admin/accounts", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    static String classificationParams(String name) {
        return "{\"projectName\": \"" + name + "\", \"type\": \"image_classification\", \"instruction\": \"look closely\", "
                + "\"question\": \"cat or dog?\", \"taskType\": \"single_choice\", \"options\": [{\"value\": \"cat\"}, {\"value\": \"dog\"}]}";
    }

    /** Creates an image classification project and answers its id. */
    static String createProject(V1Client client, String name) {
        JsonNode answer = client.call("/api/v1/projects", classificationParams(name));
        assertEquals(0, answer.get("code").asInt(), answer.toString());
        return answer.get("data").get("projectId").asText();
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static JsonNode submit(V1Client client, String projectId, String... urls) {
        StringBuilder list = new StringBuilder();
        for (String url : urls) {
            list.append(list.length() == 0 ? "" : ", ").append('"').append(url).append('"');
        }
        return client.call("/api/v1/projects/submitResource",
                "{\"projectId\": \"" + projectId + "\", \"resourceType\": \"image\", \"resourceURLs\": [" + list + "]}");
    }

    static JsonNode alter(V1Client client, String projectId, String type) {
        return client.call("/api/v1/projects/alterState", "{\"projectId\": \"" + projectId + "\", \"type\": \"" + type + "\"}");
    }

    static JsonNode retrieve(V1Client client, String projectId) {
        return client.call("/api/v1/projects/retrieveProject", "{\"projectId\": \"" + projectId + "\"}");
    }

    /** The project's stored item, read straight from DynamoDB. */
    static Map<String, AttributeValue> projectItem(String projectId) {
        return Stack.dynamo().getItem(r -> r.tableName(Stack.table("ProjectsTable"))
                .key(Map.of("pk", AttributeValue.fromS(projectId))).consistentRead(true)).item();
    }

    /** Moves a project to a status that operator or engine flows reach, bumping its version as they do. */
    static void forceStatus(String projectId, String status) {
        Stack.dynamo().updateItem(r -> r.tableName(Stack.table("ProjectsTable"))
                .key(Map.of("pk", AttributeValue.fromS(projectId)))
                .updateExpression("SET #status = :status ADD #version :one")
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status), ":one", AttributeValue.fromN("1"))));
    }

    /** Marks every sample of the project as failed in its counters, as the fetcher does for unusable resources. */
    static void forceAllFailed(String projectId) {
        Stack.dynamo().updateItem(r -> r.tableName(Stack.table("ProjectsTable"))
                .key(Map.of("pk", AttributeValue.fromS(projectId)))
                .updateExpression("SET #failed = #items, #noStart = :zero")
                .expressionAttributeNames(Map.of("#failed", "failed", "#items", "items", "#noStart", "noStart"))
                .expressionAttributeValues(Map.of(":zero", AttributeValue.fromN("0"))));
    }

    static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static void assertCode(int expected, JsonNode answer) {
        assertEquals(expected, answer.get("code").asInt(), answer.toString());
    }
}
