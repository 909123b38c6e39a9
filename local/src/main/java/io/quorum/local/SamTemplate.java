package io.quorum.local;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of template.yaml (AWS SAM) that the local stack reproduces: parameters, functions
 * with their environment, API routes and event sources (SQS, S3, schedules), DynamoDB tables,
 * SQS queues and S3 buckets.
 *
 * <p>The YAML is first rewritten into CloudFormation's canonical JSON form: a short-form tag such
 * as {@code !Ref X} becomes {@code {"Ref": "X"}} and {@code !GetAtt Q.Arn} becomes
 * {@code {"Fn::GetAtt": "Q.Arn"}}. Plain YAML-to-JSON conversion would drop the tags and turn
 * every reference into a literal string. Resource types and event types this class does not know
 * are ignored, so the template can grow ahead of the local stack.
 */
public final class SamTemplate {

    /** Classpath location of the template packaged into the local module's jar. */
    public static final String CLASSPATH_RESOURCE = "template.yaml";

    private static final int SAM_DEFAULT_TIMEOUT_SECONDS = 3;
    private static final int SAM_DEFAULT_MEMORY_MB = 128;

    private final Map<String, TemplateParameter> parameters;
    private final GlobalFunctionSettings globals;
    private final List<FunctionSpec> functions;
    private final List<TableSpec> tables;
    private final List<QueueSpec> queues;
    private final List<BucketSpec> buckets;

    private SamTemplate(JsonNode root) {
        this.parameters = readParameters(root.path("Parameters"));
        this.globals = readGlobals(root.path("Globals").path("Function"));
        List<FunctionSpec> functionList = new ArrayList<>();
        List<TableSpec> tableList = new ArrayList<>();
        List<QueueSpec> queueList = new ArrayList<>();
        List<BucketSpec> bucketList = new ArrayList<>();
        root.path("Resources").properties().forEach(resource -> {
            String logicalId = resource.getKey();
            JsonNode properties = resource.getValue().path("Properties");
            switch (resource.getValue().path("Type").asText()) {
                case "AWS::Serverless::Function" -> functionList.add(readFunction(logicalId, properties));
                case "AWS::DynamoDB::Table" -> tableList.add(readTable(logicalId, properties));
                case "AWS::SQS::Queue" -> queueList.add(readQueue(logicalId, properties));
                case "AWS::S3::Bucket" -> bucketList.add(readBucket(logicalId, properties));
                default -> {
                    // Apis, schedules, alarms...: nothing to emulate, or not emulated yet.
                }
            }
        });
        this.functions = List.copyOf(functionList);
        this.tables = List.copyOf(tableList);
        this.queues = List.copyOf(queueList);
        this.buckets = List.copyOf(bucketList);
    }

    public static SamTemplate parse(String yaml) {
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("template.yaml must be a YAML mapping");
            }
            return new SamTemplate(readCanonical(parser));
        } catch (IOException e) {
            throw new IllegalArgumentException("template.yaml is not valid YAML: " + e.getMessage(), e);
        }
    }

    public static SamTemplate load(Path path) {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template " + path, e);
        }
    }

    /** The template packaged with this module (the repository root's template.yaml at build time). */
    public static SamTemplate fromClasspath() {
        return fromClasspath(CLASSPATH_RESOURCE);
    }

    public static SamTemplate fromClasspath(String resource) {
        ClassLoader loader = SamTemplate.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath; build the local module with Maven or pass --template PATH");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + " from the classpath", e);
        }
    }

    public Map<String, TemplateParameter> parameters() {
        return parameters;
    }

    public GlobalFunctionSettings globals() {
        return globals;
    }

    public List<FunctionSpec> functions() {
        return functions;
    }

    public Optional<FunctionSpec> function(String logicalId) {
        return functions.stream().filter(function -> function.logicalId().equals(logicalId)).findFirst();
    }

    public List<ApiRoute> apiRoutes() {
        return functions.stream().flatMap(function -> function.apiRoutes().stream()).toList();
    }

    public List<SqsMapping> sqsMappings() {
        return functions.stream().flatMap(function -> function.sqsMappings().stream()).toList();
    }

    public List<S3Notification> s3Notifications() {
        return functions.stream().flatMap(function -> function.s3Notifications().stream()).toList();
    }

    public List<ScheduleRule> scheduleRules() {
        return functions.stream().flatMap(function -> function.scheduleRules().stream()).toList();
    }

    public List<TableSpec> tables() {
        return tables;
    }

    public List<QueueSpec> queues() {
        return queues;
    }

    public List<BucketSpec> buckets() {
        return buckets;
    }

    // ---- YAML to canonical CloudFormation JSON ----

    /** Reads the value whose first token is the parser's current token. */
    private static JsonNode readCanonical(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId();
        JsonNode value = switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser);
            case START_ARRAY -> readArray(parser);
            case VALUE_STRING -> JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT -> JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
            default -> throw new IllegalArgumentException("Unexpected YAML token " + parser.currentToken());
        };
        if (!isIntrinsicTag(tag)) {
            return value;
        }
        ObjectNode intrinsic = JsonNodeFactory.instance.objectNode();
        intrinsic.set(intrinsicName(tag), value);
        return intrinsic;
    }

    private static ObjectNode readObject(YAMLParser parser) throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.set(name, readCanonical(parser));
        }
        return object;
    }

    private static ArrayNode readArray(YAMLParser parser) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readCanonical(parser));
        }
        return array;
    }

    /** Standard YAML tags ({@code !!str}, resolved as {@code tag:yaml.org,2002:str}) are not intrinsics. */
    private static boolean isIntrinsicTag(String tag) {
        return tag != null && !tag.isEmpty() && !tag.startsWith("tag:yaml.org,2002:") && !tag.startsWith("!");
    }

    private static String intrinsicName(String tag) {
        return tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
    }

    // ---- sections ----

    private static Map<String, TemplateParameter> readParameters(JsonNode section) {
        Map<String, TemplateParameter> result = new LinkedHashMap<>();
        section.properties().forEach(entry -> {
            JsonNode definition = entry.getValue();
            JsonNode defaultValue = definition.get("Default");
            result.put(entry.getKey(), new TemplateParameter(
                    entry.getKey(),
                    definition.path("Type").asText("String"),
                    defaultValue == null || defaultValue.isNull() ? Optional.empty() : Optional.of(defaultValue.asText())));
        });
        return UnmodifiableOrdered.copyOf(result);
    }

    private static GlobalFunctionSettings readGlobals(JsonNode function) {
        if (function.isMissingNode()) {
            return GlobalFunctionSettings.none();
        }
        return new GlobalFunctionSettings(
                readEnvironment(function),
                optionalInt(function, "Timeout", "Globals.Function"),
                optionalInt(function, "MemorySize", "Globals.Function"));
    }

    private FunctionSpec readFunction(String logicalId, JsonNode properties) {
        Map<String, TemplateValue> environment = new LinkedHashMap<>(globals.environment());
        environment.putAll(readEnvironment(properties));
        String handler = properties.path("Handler").asText(null);
        if (handler == null) {
            throw new IllegalArgumentException(logicalId + " has no literal Handler");
        }
        int timeout = optionalInt(properties, "Timeout", logicalId)
                .or(globals::timeoutSeconds).orElse(SAM_DEFAULT_TIMEOUT_SECONDS);
        int memory = optionalInt(properties, "MemorySize", logicalId)
                .or(globals::memorySizeMb).orElse(SAM_DEFAULT_MEMORY_MB);
        List<FunctionEvent> events = new ArrayList<>();
        properties.path("Events").properties().forEach(event -> events.add(new FunctionEvent(
                event.getKey(), event.getValue().path("Type").asText(""), event.getValue().path("Properties"))));
        return new FunctionSpec(logicalId, handler, environment, timeout, memory, events);
    }

    private static Map<String, TemplateValue> readEnvironment(JsonNode owner) {
        Map<String, TemplateValue> variables = new LinkedHashMap<>();
        owner.path("Environment").path("Variables").properties()
                .forEach(variable -> variables.put(variable.getKey(), TemplateValue.of(variable.getValue())));
        return variables;
    }

    private static TableSpec readTable(String logicalId, JsonNode properties) {
        List<TableSpec.AttributeDefinition> attributes = new ArrayList<>();
        properties.path("AttributeDefinitions").forEach(attribute -> attributes.add(new TableSpec.AttributeDefinition(
                attribute.path("AttributeName").asText(), attribute.path("AttributeType").asText())));
        return new TableSpec(
                logicalId,
                Optional.ofNullable(properties.path("BillingMode").textValue()),
                attributes,
                readKeySchema(properties.path("KeySchema")),
                readIndexes(properties.path("LocalSecondaryIndexes")),
                readIndexes(properties.path("GlobalSecondaryIndexes")));
    }

    private static List<TableSpec.KeyElement> readKeySchema(JsonNode keySchema) {
        List<TableSpec.KeyElement> keys = new ArrayList<>();
        keySchema.forEach(key -> keys.add(new TableSpec.KeyElement(
                key.path("AttributeName").asText(), key.path("KeyType").asText())));
        return keys;
    }

    private static List<TableSpec.SecondaryIndex> readIndexes(JsonNode indexes) {
        List<TableSpec.SecondaryIndex> result = new ArrayList<>();
        indexes.forEach(index -> {
            JsonNode projection = index.path("Projection");
            List<String> nonKeyAttributes = new ArrayList<>();
            projection.path("NonKeyAttributes").forEach(attribute -> nonKeyAttributes.add(attribute.asText()));
            result.add(new TableSpec.SecondaryIndex(
                    index.path("IndexName").asText(),
                    readKeySchema(index.path("KeySchema")),
                    new TableSpec.Projection(projection.path("ProjectionType").asText("ALL"), nonKeyAttributes)));
        });
        return result;
    }

    private static QueueSpec readQueue(String logicalId, JsonNode properties) {
        JsonNode redrive = properties.path("RedrivePolicy");
        Optional<QueueSpec.RedrivePolicy> redrivePolicy = redrive.isObject() && redrive.has("deadLetterTargetArn")
                ? Optional.of(new QueueSpec.RedrivePolicy(
                        TemplateValue.of(redrive.get("deadLetterTargetArn")),
                        optionalInt(redrive, "maxReceiveCount", logicalId + ".RedrivePolicy").orElse(10)))
                : Optional.empty();
        return new QueueSpec(
                logicalId,
                properties.path("FifoQueue").asBoolean(false),
                properties.path("ContentBasedDeduplication").asBoolean(false),
                optionalInt(properties, "VisibilityTimeout", logicalId),
                optionalInt(properties, "MessageRetentionPeriod", logicalId),
                redrivePolicy);
    }

    private static BucketSpec readBucket(String logicalId, JsonNode properties) {
        JsonNode name = properties.get("BucketName");
        return new BucketSpec(logicalId, name == null || name.isNull() ? Optional.empty() : Optional.of(TemplateValue.of(name)));
    }

    private static Optional<Integer> optionalInt(JsonNode owner, String property, String where) {
        JsonNode value = owner.get(property);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isIntegralNumber() || value.isTextual() && value.asText().matches("[0-9]{1,9}")) {
            return Optional.of(value.asInt());
        }
        throw new IllegalArgumentException(where + "." + property + " must be a literal integer locally, not " + value);
    }
}
