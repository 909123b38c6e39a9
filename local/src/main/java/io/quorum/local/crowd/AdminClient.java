package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The operator endpoints the crowd and the demo use: create a worker, approve a project. */
public final class AdminClient {

    public static final String WORKERS_PATH = "/api/v1/admin/workers";
    public static final String APPROVE_PATH = "/api/v1/admin/projects/approve";

    private final HttpClient http;
    private final URI baseUri;
    private final String adminKey;

    public AdminClient(HttpClient http, URI baseUri, String adminKey) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.adminKey = Objects.requireNonNull(adminKey, "adminKey");
    }

    public WorkerCredentials createWorker(String name) throws IOException, InterruptedException {
        ObjectNode body = Json.object();
        body.put("name", name);
        JsonNode created = post(WORKERS_PATH, body, 201);
        return new WorkerCredentials(created.path("workerId").asText(), created.path("secretKey").asText(), created.path("name").asText(name));
    }

    /** Answers the project's new status (running). */
    public String approve(String projectId) throws IOException, InterruptedException {
        ObjectNode body = Json.object();
        body.put("projectId", projectId);
        return post(APPROVE_PATH, body, 200).path("status").asText();
    }

    private JsonNode post(String path, ObjectNode body, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(SignedClient.resolve(baseUri, path))
                .timeout(SignedClient.REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Admin-Key", adminKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expectedStatus) {
            throw new ApiException(response.statusCode(), "POST " + path + " answered HTTP " + response.statusCode()
                    + (response.statusCode() == 403 || response.statusCode() == 404 ? " (wrong admin key, or a stack without this endpoint?)" : "")
                    + ": " + SignedClient.abbreviate(response.body()));
        }
        return SignedClient.parse(path, response);
    }
}
