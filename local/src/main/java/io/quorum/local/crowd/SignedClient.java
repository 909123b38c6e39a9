package io.quorum.local.crowd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.auth.RequestSigner;
import io.quorum.auth.SecretKey;
import io.quorum.auth.SignType;
import io.quorum.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Posts {@code {"userId", "params"}} envelopes signed as the v1 spec's clients sign them (MD5 over
 * the exact bytes sent): a customer on the v1 API, or a worker on the worker API.
 */
public final class SignedClient {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI baseUri;
    private final String userId;
    private final SecretKey secret;

    public SignedClient(HttpClient http, URI baseUri, String userId, String secretKey) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.secret = new SecretKey(secretKey);
    }

    public String userId() {
        return userId;
    }

    public ApiAnswer call(String path, ObjectNode params) throws IOException, InterruptedException {
        ObjectNode envelope = Json.object();
        envelope.put("userId", userId);
        envelope.set("params", params);
        byte[] body = Json.MAPPER.writeValueAsBytes(envelope);
        String timestamp = Long.toString(System.currentTimeMillis());
        HttpRequest request = HttpRequest.newBuilder(resolve(baseUri, path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Timestamp", timestamp)
                .header("SignType", SignType.MD5.wireName())
                .header("RequestSign", RequestSigner.sign(SignType.MD5, userId, body, timestamp, secret))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new ApiException(response.statusCode(), "POST " + path + " answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return ApiAnswer.of(parse(path, response));
    }

    static JsonNode parse(String path, HttpResponse<String> response) {
        try {
            JsonNode json = Json.MAPPER.readTree(response.body());
            if (json == null || !json.isObject()) {
                throw new ApiException(response.statusCode(), path + " answered no JSON object: " + abbreviate(response.body()));
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new ApiException(response.statusCode(), path + " answered no JSON: " + abbreviate(response.body()));
        }
    }

    /** {@code base} may carry a path prefix (a stage); {@code path} is appended to it. */
    static URI resolve(URI base, String path) {
        String prefix = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return URI.create(prefix + path);
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
