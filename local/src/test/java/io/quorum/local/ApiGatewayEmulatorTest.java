package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Routing and API Gateway's own answers, over real HTTP, with handlers that live in the test sources. */
class ApiGatewayEmulatorTest {

    private static ApiGatewayEmulator emulator;

    @BeforeAll
    static void start() {
        // No AWS needed: these handlers touch nothing but the event.
        emulator = ApiGatewayEmulator.start(SamTemplate.fromClasspath("io/quorum/local/test-template.yaml"), 0);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String url(String pathAndQuery) {
        return emulator.baseUri() + pathAndQuery;
    }

    private static JsonNode json(String body) throws IOException {
        return EventJson.MAPPER.readTree(body);
    }

    @Test
    void handlerReceivesARealProxyEventWithTemplatedPathParameters() throws IOException {
        HttpResponse<String> response = Http.send("GET", url("/items/42?tag=a&tag=b&empty"), null,
                Map.of("RequestSign", "ABC", "X-Custom-Thing", "v", "User-Agent", "probe/1.0"));
        assertEquals(201, response.statusCode(), response.body());
        JsonNode echo = json(response.body());
        JsonNode event = echo.get("event");
        assertEquals("/items/{itemId}", event.get("resource").asText());
        assertEquals("/items/42", event.get("path").asText());
        assertEquals("GET", event.get("httpMethod").asText());
        assertEquals("42", event.get("pathParameters").get("itemId").asText());
        assertEquals("b", event.get("queryStringParameters").get("tag").asText());
        assertEquals(List.of("a", "b"), List.of(event.get("multiValueQueryStringParameters").get("tag").get(0).asText(),
                event.get("multiValueQueryStringParameters").get("tag").get(1).asText()));
        assertEquals("", event.get("queryStringParameters").get("empty").asText());
        assertEquals("ABC", event.get("headers").get("RequestSign").asText());
        assertEquals("v", event.get("headers").get("X-Custom-Thing").asText());
        assertEquals("ABC", event.get("multiValueHeaders").get("RequestSign").get(0).asText());
        assertTrue(event.get("body").isNull());
        assertFalse(event.get("isBase64Encoded").asBoolean());

        JsonNode context = event.get("requestContext");
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElseThrow();
        assertEquals(requestId, context.get("requestId").asText());
        assertEquals(requestId, echo.get("awsRequestId").asText());
        assertEquals("local", context.get("stage").asText());
        assertEquals("/items/{itemId}", context.get("resourcePath").asText());
        assertEquals("GET", context.get("httpMethod").asText());
        assertEquals("/items/42", context.get("path").asText());
        assertTrue(Math.abs(System.currentTimeMillis() - context.get("requestTimeEpoch").asLong()) < 60_000);
        assertEquals("127.0.0.1", context.get("identity").get("sourceIp").asText());
        assertEquals("probe/1.0", context.get("identity").get("userAgent").asText());

        assertEquals("EchoFunction", echo.get("functionName").asText());
        assertEquals(256, echo.get("memoryLimitInMB").asInt());
        long remaining = echo.get("remainingTimeInMillis").asLong();
        assertTrue(remaining > 0 && remaining <= 7_000, "remaining " + remaining);
    }

    @Test
    void greedyProxyParameterAndBodyReachTheHandler() throws IOException {
        HttpResponse<String> response = Http.send("PUT", url("/echo/a/b/"), "{\"é\": 1}".getBytes(StandardCharsets.UTF_8), Map.of());
        JsonNode event = json(response.body()).get("event");
        assertEquals("/echo/{proxy+}", event.get("resource").asText());
        assertEquals(Map.of("proxy", "a/b/"), Map.of("proxy", event.get("pathParameters").get("proxy").asText()));
        assertEquals("PUT", event.get("httpMethod").asText());
        assertEquals("{\"é\": 1}", event.get("body").asText());
        assertTrue(event.get("queryStringParameters").isNull());
        assertTrue(event.get("multiValueQueryStringParameters").isNull());
    }

    @Test
    void responseHeadersIncludeSingleAndMultiValueOnesAndTheRequestId() {
        HttpResponse<String> response = Http.send("GET", url("/items/1"), null, Map.of());
        assertEquals("single", response.headers().firstValue("X-Echo").orElseThrow());
        assertEquals(List.of("a=1", "b=2"), response.headers().allValues("Set-Cookie"));
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.headers().firstValue("x-amzn-RequestId").orElseThrow().matches("[0-9a-f-]{36}"));
    }

    @Test
    void base64EncodedResponseBodyIsDecodedOnTheWire() {
        HttpResponse<byte[]> response = Http.sendForBytes("GET", url("/binary"));
        assertEquals(200, response.statusCode());
        assertArrayEquals(EchoHandler.BINARY, response.body());
        assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void handlerThatThrowsGets502InternalServerError() throws IOException {
        HttpResponse<String> response = Http.send("POST", url("/boom"), "{}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(502, response.statusCode());
        assertEquals("Internal server error", json(response.body()).get("message").asText());
        assertTrue(response.headers().firstValue("x-amzn-RequestId").isPresent());
    }

    @Test
    void pathWithoutRouteGets403MissingAuthenticationToken() throws IOException {
        HttpResponse<String> response = Http.get(url("/elsewhere"));
        assertEquals(403, response.statusCode());
        assertEquals("Missing Authentication Token", json(response.body()).get("message").asText());
        // Known path, method without a route: API Gateway answers the same.
        assertEquals(403, Http.send("DELETE", url("/boom"), null, Map.of()).statusCode());
    }

    @Test
    void bodyOverTenMegabytesGets413() throws IOException {
        byte[] tooLong = new byte[ApiGatewayEmulator.MAX_BODY_BYTES + 1];
        HttpResponse<String> response = Http.send("PUT", url("/echo/big"), tooLong, Map.of());
        assertEquals(413, response.statusCode());
        assertEquals("Request Too Long", json(response.body()).get("message").asText());
        byte[] atTheLimit = new byte[ApiGatewayEmulator.MAX_BODY_BYTES];
        assertEquals(201, Http.send("PUT", url("/echo/big"), atTheLimit, Map.of()).statusCode());
    }

    @Test
    void localInfoIsOnlyServedInLocalMode() {
        assertEquals(403, Http.get(url(ApiGatewayEmulator.LOCAL_INFO_PATH)).statusCode());
    }

    @Test
    void eventWithoutBodyHasNullBody() throws IOException {
        JsonNode event = json(Http.get(url("/items/9")).body()).get("event");
        assertTrue(event.get("body").isNull());
        assertNull(EventJson.MAPPER.treeToValue(event, com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent.class).getBody());
    }
}
