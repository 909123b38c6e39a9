package io.quorum.local.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs inside a fresh JVM whose class path is only the deployable functions jar (and this class),
 * as Lambda's is: constructs one handler through its no-argument constructor, invokes it twice with
 * an API Gateway event, and prints one line with the timings. {@link ColdStartBench} starts it.
 */
public final class ColdStartProbe {

    static final String RESULT_PREFIX = "COLD-START ";

    private ColdStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainEntered = System.currentTimeMillis();
        String handlerClass = args[0];
        APIGatewayProxyRequestEvent first = event(Path.of(args[1]));
        APIGatewayProxyRequestEvent second = event(Path.of(args[2]));

        long constructing = System.nanoTime();
        @SuppressWarnings("unchecked")
        RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler =
                (RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>)
                        Class.forName(handlerClass).getConstructor().newInstance();
        long constructed = System.nanoTime();
        APIGatewayProxyResponseEvent firstResponse = handler.handleRequest(first, null);
        long firstDone = System.nanoTime();
        APIGatewayProxyResponseEvent secondResponse = handler.handleRequest(second, null);
        long secondDone = System.nanoTime();

        ObjectMapper json = Json.MAPPER;
        ObjectNode result = json.createObjectNode();
        result.put("handler", handlerClass);
        result.put("jvmToMainMillis", mainEntered - jvmStart);
        result.put("initMillis", (constructed - constructing) / 1_000_000);
        result.put("firstInvokeMillis", (firstDone - constructed) / 1_000_000);
        result.put("secondInvokeMillis", (secondDone - firstDone) / 1_000_000);
        result.put("jvmStartToFirstAnswerMillis", System.currentTimeMillis() - jvmStart - (secondDone - firstDone) / 1_000_000);
        result.put("first", answer(json, firstResponse));
        result.put("second", answer(json, secondResponse));
        System.out.println(RESULT_PREFIX + result);
    }

    /** The HTTP status and, for v1 answers, the envelope's code. */
    private static String answer(ObjectMapper json, APIGatewayProxyResponseEvent response) throws Exception {
        JsonNode code = json.readTree(response.getBody()).path("code");
        return response.getStatusCode() + (code.isInt() ? "/" + code.asInt() : "");
    }

    /** The fields of a sample event that a handler reads; the rest of the proxy event is metadata. */
    private static APIGatewayProxyRequestEvent event(Path file) throws Exception {
        JsonNode event = Json.MAPPER.readTree(Files.readString(file));
        Map<String, String> headers = new LinkedHashMap<>();
        event.path("headers").fields().forEachRemaining(header -> headers.put(header.getKey(), header.getValue().asText()));
        Map<String, String> pathParameters = new LinkedHashMap<>();
        event.path("pathParameters").fields().forEachRemaining(p -> pathParameters.put(p.getKey(), p.getValue().asText()));
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(event.path("httpMethod").asText())
                .withPath(event.path("path").asText())
                .withResource(event.path("resource").asText())
                .withHeaders(headers)
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withBody(event.path("body").asText(null))
                .withIsBase64Encoded(event.path("isBase64Encoded").asBoolean(false));
    }
}
