package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.SignType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed sample events: every function in template.yaml has one, each is a well-formed API
 * Gateway event for its route, and each runs through {@code invoke} with the answer it documents.
 */
@WithLocalStack
class SampleEventsTest {

    private static final Path EVENTS = Path.of("..", "events");

    /** What each sample answers on a fresh stack: the spec's sample project ids do not exist there. */
    private static final Map<String, Integer> EXPECTED_CODES = Map.ofEntries(
            Map.entry("create-project.json", 0),
            Map.entry("create-project-trailing-slash.json", 0),
            Map.entry("set-project.json", 8),
            Map.entry("set-workflow.json", 8),
            Map.entry("retrieve-workflow.json", 8),
            Map.entry("retrieve-project.json", 8),
            Map.entry("submit-resource.json", 8),
            Map.entry("alter-state.json", 8),
            Map.entry("request-upload-urls.json", 8),
            Map.entry("retrieve-results.json", 8),
            Map.entry("unknown-path.json", 4),
            // signed by the demo customer, who is no worker
            Map.entry("worker-claim.json", 6),
            Map.entry("worker-submit.json", 6),
            Map.entry("worker-release.json", 6));

    /** Operator samples answer with their own HTTP status (no v1 envelope). */
    private static final Map<String, Set<String>> ADMIN_STATUSES = Map.of(
            "create-account.json", Set.of("HTTP 201", "HTTP 409"),
            "create-worker.json", Set.of("HTTP 201"),
            "approve-project.json", Set.of("HTTP 404"));

    @Test
    void everyFunctionInTheTemplateHasASampleEvent(LocalStack stack) throws IOException {
        Set<String> covered = allEvents().stream().map(event -> functionFor(stack, read(event))).collect(Collectors.toSet());
        Set<String> functions = stack.template().functions().stream().map(FunctionSpec::logicalId).collect(Collectors.toSet());
        assertEquals(functions, covered);
    }

    @Test
    void everySampleEventRunsThroughInvokeWithItsDocumentedAnswer(LocalStack stack) throws Exception {
        Map<String, String> answers = new TreeMap<>();
        for (Path event : events()) {
            String name = event.getFileName().toString();
            String output = invoke(stack, functionFor(stack, read(event)), event);
            String[] lines = output.split("\n", 2);
            JsonNode body = EventJson.MAPPER.readTree(lines[1]);
            answers.put(name, lines[0].strip());
            if (ADMIN_STATUSES.containsKey(name)) {
                assertTrue(ADMIN_STATUSES.get(name).contains(lines[0].strip()), output);
                continue;
            }
            assertEquals("HTTP 200", lines[0].strip(), name + ": " + output);
            assertEquals(EXPECTED_CODES.get(name), body.get("code").asInt(), name + ": " + output);
            if (body.get("code").asInt() == 0 && body.at("/data/projectId").isTextual()) {
                releaseName(stack, body.at("/data/projectId").asText());
            }
        }
        assertEquals(EXPECTED_CODES.size() + ADMIN_STATUSES.size(), answers.size(), answers.toString());
    }

    @Test
    void sampleEventsAreSignedWithTheDemoCredentialsAndRouteToTheirOwnPath(LocalStack stack) throws IOException {
        for (Path event : events()) {
            JsonNode json = read(event);
            assertEquals("POST", json.get("httpMethod").asText(), event.toString());
            assertFalse(json.get("isBase64Encoded").asBoolean(), event.toString());
            assertTrue(stack.template().apiRoutes().stream().anyMatch(route -> route.path().equals(json.get("resource").asText())), event.toString());
            if (json.get("headers").has("RequestSign")) {
                JsonNode body = EventJson.MAPPER.readTree(json.get("body").asText());
                assertEquals(DemoAccount.DEFAULT_USER_ID, body.get("userId").asText(), event.toString());
                String expected = stack.demo().sign(SignType.MD5, json.get("body").asText().getBytes(StandardCharsets.UTF_8),
                        json.get("headers").get("Timestamp").asText());
                assertEquals(expected, json.get("headers").get("RequestSign").asText(), event + " is signed with the demo secret");
            }
        }
    }

    /** The API Gateway sample events; queue and bucket events are covered by {@link #everyFunctionInTheTemplateHasASampleEvent}. */
    private static List<Path> events() throws IOException {
        return allEvents().stream().filter(event -> read(event).has("httpMethod")).toList();
    }

    private static List<Path> allEvents() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            List<Path> events = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
            assertFalse(events.isEmpty(), "no events in " + EVENTS.toAbsolutePath());
            return events;
        }
    }

    private static JsonNode read(Path event) {
        try {
            return EventJson.MAPPER.readTree(Files.readString(event));
        } catch (IOException e) {
            throw new AssertionError(event + " is not JSON", e);
        }
    }

    /**
     * The function whose Api event declares the sample's resource path and method; for an SQS event, the
     * function that consumes the queue its ARN names; for an S3 event, the one function with an S3 event.
     */
    private static String functionFor(LocalStack stack, JsonNode event) {
        if (event.has("Records")) {
            String source = event.at("/Records/0/eventSource").asText();
            if (source.equals("aws:sqs")) {
                String queueName = event.at("/Records/0/eventSourceARN").asText().replaceAll(".*:", "");
                return stack.template().sqsMappings().stream()
                        .filter(mapping -> mapping.queue() instanceof TemplateValue.GetAtt getAtt
                                && stack.resources().queueName(getAtt.resource()).orElse("").equals(queueName))
                        .map(SqsMapping::functionId)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no function consumes " + queueName));
            }
            List<String> consumers = stack.template().functions().stream()
                    .filter(function -> function.events().stream().anyMatch(e -> e.type().equals("S3")))
                    .map(FunctionSpec::logicalId).toList();
            assertEquals(1, consumers.size(), "functions with an S3 event: " + consumers);
            return consumers.get(0);
        }
        return stack.template().apiRoutes().stream()
                .filter(route -> route.path().equals(event.get("resource").asText()) && route.acceptsMethod(event.get("httpMethod").asText()))
                .map(ApiRoute::functionLogicalId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no function routes " + event.get("resource")));
    }

    private static String invoke(LocalStack stack, String function, Path event) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = QuorumLocal.run(CliOptions.parse("invoke", function, event.toString(), "--port",
                Integer.toString(stack.baseUri().getPort())), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, output);
        return output;
    }

    /** Renames a project a sample created, so the spec's example name stays free for other tests and reruns. */
    private static void releaseName(LocalStack stack, String projectId) throws Exception {
        String body = "{\"userId\": \"" + stack.demoUserId() + "\", \"params\": {\"projectId\": \"" + projectId
                + "\", \"projectName\": \"sample event " + projectId + "\"}}";
        String timestamp = Long.toString(System.currentTimeMillis());
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/projects/setProject"))
                .header("Timestamp", timestamp).header("SignType", "md5")
                .header("RequestSign", stack.demo().sign(SignType.MD5, body.getBytes(StandardCharsets.UTF_8), timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(0, EventJson.MAPPER.readTree(response.body()).get("code").asInt(), response.body());
    }
}
