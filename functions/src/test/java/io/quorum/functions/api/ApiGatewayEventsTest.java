package io.quorum.functions.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import io.quorum.api.ApiReply;
import io.quorum.api.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiGatewayEventsTest {

    @Test
    void plainBodyIsItsUtf8Bytes() {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withBody("{\"a\": \"é\"}");
        assertArrayEquals("{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_8), ApiGatewayEvents.rawBody(event));
    }

    @Test
    void base64BodyIsDecodedToTheBytesTheClientSent() {
        byte[] sent = {'{', '}', (byte) 0xff, 0x00};
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withBody(Base64.getEncoder().encodeToString(sent)).withIsBase64Encoded(true);
        assertArrayEquals(sent, ApiGatewayEvents.rawBody(event));
    }

    @Test
    void missingBodyIsEmpty() {
        assertEquals(0, ApiGatewayEvents.rawBody(new APIGatewayProxyRequestEvent()).length);
    }

    @Test
    void headersComeFromEitherMapAndAreFoundWithoutRegardToCase() {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withMultiValueHeaders(Map.of("timestamp", List.of("1", "2")))
                .withHeaders(Map.of("RequestSign", "ABC"));
        ApiRequest request = ApiGatewayEvents.request(event);
        assertEquals("1", request.header("Timestamp"));
        assertEquals("ABC", request.header("requestsign"));
    }

    @Test
    void replyBecomesAJsonProxyResponse() {
        var response = ApiGatewayEvents.response(new ApiReply(201, "{\"ok\":true}", 0));
        assertEquals(201, response.getStatusCode());
        assertEquals("{\"ok\":true}", response.getBody());
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("Content-Type"));
        assertEquals(Boolean.FALSE, response.getIsBase64Encoded());
    }
}
