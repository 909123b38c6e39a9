package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.quorum.api.ApiReply;
import io.quorum.api.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.MDC;

/** Converts between API Gateway proxy events and the raw headers and bytes the use cases see. */
public final class ApiGatewayEvents {

    private static final Map<String, String> JSON_HEADERS = Map.of(
            "Content-Type", "application/json; charset=utf-8",
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff");

    private ApiGatewayEvents() {
    }

    public static ApiRequest request(APIGatewayProxyRequestEvent event) {
        return new ApiRequest(headers(event), rawBody(event));
    }

    public static APIGatewayProxyResponseEvent response(ApiReply reply) {
        return json(reply.httpStatus(), reply.body());
    }

    /**
     * The body exactly as the client sent it: API Gateway hands binary media types over in base64,
     * and the signature covers the original bytes, never a re-encoding.
     */
    public static byte[] rawBody(APIGatewayProxyRequestEvent event) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException notBase64) {
                return body.getBytes(StandardCharsets.UTF_8);
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Single-value headers, completed from the multi-value map when only that one is filled. */
    public static Map<String, String> headers(APIGatewayProxyRequestEvent event) {
        Map<String, String> headers = new HashMap<>();
        if (event.getMultiValueHeaders() != null) {
            event.getMultiValueHeaders().forEach((name, values) -> {
                if (name != null && values != null && !values.isEmpty()) {
                    headers.put(name, values.get(0));
                }
            });
        }
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((name, value) -> {
                if (name != null && value != null) {
                    headers.put(name, value);
                }
            });
        }
        return headers;
    }

    public static APIGatewayProxyResponseEvent json(int status, String body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(JSON_HEADERS)
                .withMultiValueHeaders(Map.of())
                .withBody(body)
                .withIsBase64Encoded(false);
    }

    /** Answers the request with its request id on every log line written meanwhile. */
    public static APIGatewayProxyResponseEvent answer(APIGatewayProxyRequestEvent event, Context context,
                                                      Function<ApiRequest, ApiReply> pipeline) {
        MDC.put("requestId", requestId(event, context));
        try {
            return response(pipeline.apply(request(event)));
        } finally {
            MDC.remove("requestId");
        }
    }

    public static String requestId(APIGatewayProxyRequestEvent event, Context context) {
        if (context != null && context.getAwsRequestId() != null) {
            return context.getAwsRequestId();
        }
        if (event.getRequestContext() != null && event.getRequestContext().getRequestId() != null) {
            return event.getRequestContext().getRequestId();
        }
        return "unknown";
    }

}
