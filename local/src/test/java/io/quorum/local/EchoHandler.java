package io.quorum.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Test-only handler: answers with the event it received (and its context), or base64 bytes for /binary. */
public final class EchoHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    static final byte[] BINARY = {0, 1, 2, (byte) 0xFF};

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        if (event.getPath().equals("/binary")) {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/octet-stream"))
                    .withBody(Base64.getEncoder().encodeToString(BINARY))
                    .withIsBase64Encoded(true);
        }
        ObjectNode echo = EventJson.MAPPER.createObjectNode();
        ObjectNode echoedEvent = EventJson.MAPPER.valueToTree(event);
        if (event.getBody() != null && event.getBody().length() > 1024) {
            // Echoing megabytes of test payload back would only slow the size-limit test down.
            echoedEvent.put("body", event.getBody().length() + " characters");
        }
        echo.set("event", echoedEvent);
        echo.put("awsRequestId", context.getAwsRequestId());
        echo.put("functionName", context.getFunctionName());
        echo.put("memoryLimitInMB", context.getMemoryLimitInMB());
        echo.put("remainingTimeInMillis", context.getRemainingTimeInMillis());
        try {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(201)
                    .withHeaders(Map.of("Content-Type", "application/json; charset=utf-8", "X-Echo", "single"))
                    .withMultiValueHeaders(Map.of("Set-Cookie", List.of("a=1", "b=2")))
                    .withBody(EventJson.MAPPER.writeValueAsString(echo));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
