package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the API Gateway REST proxy event (payload format 1.0) that a Lambda handler receives. */
final class ProxyEvents {

    static final String STAGE = "local";
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ProxyEvents() {
    }

    /** An HTTP request as the emulator received it. */
    record HttpRequest(
            String method,
            String path,
            String rawQuery,
            Map<String, List<String>> headers,
            byte[] body,
            String sourceIp,
            String host) {
    }

    static APIGatewayProxyRequestEvent build(HttpRequest request, RouteMatch match, String requestId, Instant receivedAt) {
        String method = request.method().toUpperCase(Locale.ROOT);
        Map<String, List<String>> multiValueHeaders = headers(request.headers());
        Map<String, String> headers = new LinkedHashMap<>();
        multiValueHeaders.forEach((name, values) -> headers.put(name, values.get(0)));
        Map<String, List<String>> multiValueQuery = query(request.rawQuery());
        Map<String, String> query = new LinkedHashMap<>();
        // API Gateway keeps the last value of a repeated query parameter in queryStringParameters.
        multiValueQuery.forEach((name, values) -> query.put(name, values.get(values.size() - 1)));

        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent();
        event.setResource(match.route().path());
        event.setPath(request.path());
        event.setHttpMethod(method);
        event.setHeaders(headers);
        event.setMultiValueHeaders(multiValueHeaders);
        event.setQueryStringParameters(query.isEmpty() ? null : query);
        event.setMultiValueQueryStringParameters(multiValueQuery.isEmpty() ? null : multiValueQuery);
        event.setPathParameters(match.pathParameters().isEmpty() ? null : new LinkedHashMap<>(match.pathParameters()));
        event.setStageVariables(null);
        event.setBody(request.body().length == 0 ? null : new String(request.body(), StandardCharsets.UTF_8));
        event.setIsBase64Encoded(false);
        event.setRequestContext(requestContext(request, match, method, requestId, receivedAt, headers.get("User-Agent")));
        return event;
    }

    private static APIGatewayProxyRequestEvent.ProxyRequestContext requestContext(
            HttpRequest request, RouteMatch match, String method, String requestId, Instant receivedAt, String userAgent) {
        APIGatewayProxyRequestEvent.RequestIdentity identity = new APIGatewayProxyRequestEvent.RequestIdentity();
        identity.setSourceIp(request.sourceIp());
        identity.setUserAgent(userAgent);

        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext();
        context.setAccountId(LocalNames.ACCOUNT_ID);
        context.setApiId("local");
        context.setRequestId(requestId);
        context.setExtendedRequestId(requestId);
        context.setStage(STAGE);
        context.setResourcePath(match.route().path());
        context.setHttpMethod(method);
        context.setPath(request.path());
        context.setProtocol("HTTP/1.1");
        context.setDomainName(request.host());
        context.setRequestTimeEpoch(receivedAt.toEpochMilli());
        context.setRequestTime(REQUEST_TIME.format(receivedAt));
        context.setIdentity(identity);
        return context;
    }

    private static Map<String, List<String>> headers(Map<String, List<String>> received) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        received.forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.computeIfAbsent(HeaderNames.restoreCase(name), key -> new ArrayList<>()).addAll(values);
            }
        });
        return headers;
    }

    static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // A stray '%' is passed through as sent rather than failing the request.
            return text;
        }
    }
}
