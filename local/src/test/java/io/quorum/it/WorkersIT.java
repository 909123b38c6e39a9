package io.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.functions.wiring.AwsPorts;
import io.quorum.json.Json;
import io.quorum.local.LocalStack;
import io.quorum.local.WithLocalStack;
import io.quorum.worker.WorkerId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Operators enrol workers over HTTP; a worker's credentials sign the worker API and nothing else. */
@WithLocalStack
class WorkersIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> enrol(LocalStack stack, String adminKey, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/admin/workers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (adminKey != null) {
            request.header("X-Admin-Key", adminKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOperatorEnrolsAWorkerWhoseSecretIsStoredAndReturnedOnce(LocalStack stack) throws Exception {
        HttpResponse<String> response = enrol(stack, stack.adminKey(), "{\"name\": \"Ada\"}");
        assertEquals(201, response.statusCode(), response.body());
        JsonNode worker = Json.MAPPER.readTree(response.body());
        assertTrue(WorkerId.isWellFormed(worker.get("workerId").asText()), response.body());
        assertEquals("Ada", worker.get("name").asText());
        assertEquals(worker.get("secretKey").asText(),
                new AwsPorts().workers().find(new WorkerId(worker.get("workerId").asText())).orElseThrow().secretKey().value());
    }

    @Test
    void withoutTheAdminKeyOrWithAWrongOneNothingIsEnrolled(LocalStack stack) throws Exception {
        assertEquals(401, enrol(stack, null, "{}").statusCode());
        assertEquals(403, enrol(stack, "not-the-key-not-the-key-not-the-key", "{}").statusCode());
    }

    @Test
    void unknownFieldsAWrongTypedNameOrNonJsonAreRefused(LocalStack stack) throws Exception {
        assertEquals(400, enrol(stack, stack.adminKey(), "{\"nmae\": \"Ada\"}").statusCode());
        assertEquals(400, enrol(stack, stack.adminKey(), "{\"name\": 7}").statusCode());
        assertEquals(400, enrol(stack, stack.adminKey(), "{\"name\": \"" + "x".repeat(101) + "\"}").statusCode());
        assertEquals(400, enrol(stack, stack.adminKey(), "not json").statusCode());
    }

    @Test
    void aWorkerCannotCallTheCustomerApi(LocalStack stack) throws Exception {
        JsonNode worker = Json.MAPPER.readTree(enrol(stack, stack.adminKey(), "{}").body());
        V1Client asWorker = new V1Client(stack.baseUrl(), worker.get("workerId").asText(), worker.get("secretKey").asText());
        JsonNode answer = asWorker.call("/api/v1/projects/retrieveProject", "{\"projectId\": \"p1_abcdefgh\"}");
        assertEquals(6, answer.get("code").asInt(), answer.toString());
    }
}
