package io.quorum.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code GET /_local/info} answers: where everything runs and how to sign in. A second
 * process ({@code quorum-local invoke}, a test, a script) reads it to join a running stack.
 */
public record LocalInfo(String apiUrl, Endpoints endpoints, LocalResources resources, DemoAccount demo, String adminKey) {

    public LocalInfo {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(demo, "demo");
        Objects.requireNonNull(adminKey, "adminKey");
    }

    public ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put("apiUrl", apiUrl);
        root.put("dynamodb", endpoints.dynamoDb().toString());
        root.put("sqs", endpoints.sqs().toString());
        root.put("s3", endpoints.s3().toString());
        root.set("tables", toObject(resources.tables()));
        root.set("queues", toObject(resources.queues()));
        root.set("buckets", toObject(resources.buckets()));
        ObjectNode demoNode = root.putObject("demo");
        demoNode.put("userId", demo.userId());
        demoNode.put("secretKey", demo.secretKey());
        root.put("adminKey", adminKey);
        return root;
    }

    public static LocalInfo fromJson(JsonNode json) {
        return new LocalInfo(
                required(json, "apiUrl"),
                new Endpoints(
                        URI.create(required(json, "dynamodb")),
                        URI.create(required(json, "sqs")),
                        URI.create(required(json, "s3"))),
                new LocalResources(toMap(json.path("tables")), toMap(json.path("queues")), toMap(json.path("buckets"))),
                new DemoAccount(required(json.path("demo"), "userId"), required(json.path("demo"), "secretKey")),
                required(json, "adminKey"));
    }

    private static ObjectNode toObject(Map<String, String> map) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        map.forEach(node::put);
        return node;
    }

    private static Map<String, String> toMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.properties().forEach(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("/_local/info has no " + field);
        }
        return value.asText();
    }

    @Override
    public String toString() {
        return "LocalInfo[apiUrl=" + apiUrl + ", endpoints=" + endpoints + ", demo=" + demo + ", adminKey=***]";
    }
}
