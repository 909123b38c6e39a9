package io.quorum.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.RequestSigner;
import io.quorum.auth.SecretKey;
import io.quorum.auth.SignType;
import io.quorum.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A v1 client as the spec's Python examples are: it signs the exact bytes it sends, over real HTTP. */
final class V1Client {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final String userId;
    private final SecretKey secret;

    V1Client(String baseUrl, String userId, String secretKey) {
        this.baseUrl = baseUrl;
        this.userId = userId;
        this.secret = new SecretKey(secretKey);
    }

    String userId() {
        return userId;
    }

    /** Posts {"userId": <mine>, "params": <paramsJson>} written as Python's json.dumps writes it. */
    JsonNode call(String path, String paramsJson) {
        return post(path, envelope(userId, paramsJson));
    }

    String envelope(String forUser, String paramsJson) {
        return "{\"userId\": \"" + forUser + "\", \"params\": " + paramsJson + "}";
    }

    /** Signs the body with md5 at the current time and posts it. */
    JsonNode post(String path, String body) {
        return json(send(path, body.getBytes(StandardCharsets.UTF_8), signedHeaders(body.getBytes(StandardCharsets.UTF_8), SignType.MD5, System.currentTimeMillis())));
    }

    Map<String, String> signedHeaders(byte[] body, SignType type, long timestampMillis) {
        String timestamp = Long.toString(timestampMillis);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Timestamp", timestamp);
        headers.put("SignType", type.wireName());
        headers.put("RequestSign", RequestSigner.sign(type, userId, body, timestamp, secret));
        return headers;
    }

    HttpResponse<String> send(String path, byte[] body, Map<String, String> headers) {
        return send("POST", path, body, headers);
    }

    HttpResponse<String> send(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body of an HTTP 200 answer (every v1 code comes with HTTP 200). */
    static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("expected HTTP 200, got " + response.statusCode() + ": " + response.body());
        }
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("answer is not JSON: " + response.body(), e);
        }
    }
}
