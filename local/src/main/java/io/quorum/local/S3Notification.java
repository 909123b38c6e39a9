package io.quorum.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An S3 event notification to a function: an entry of the function's {@code Events} with
 * {@code Type: S3}.
 *
 * <pre>
 * Events:
 *   Upload:
 *     Type: S3
 *     Properties:
 *       Bucket: !Ref UploadsBucket
 *       Events: s3:ObjectCreated:*          # or a list
 *       Filter:                             # optional
 *         S3Key:
 *           Rules:
 *             - Name: prefix
 *               Value: incoming/
 *             - Name: suffix
 *               Value: .json
 * </pre>
 *
 * @param bucket the bucket as written (normally {@code !Ref}); resolved against the local buckets when the stack starts
 */
public record S3Notification(
        String functionId,
        String eventName,
        TemplateValue bucket,
        List<String> events,
        Optional<String> prefix,
        Optional<String> suffix) {

    public static final String TYPE = "S3";

    public S3Notification {
        Objects.requireNonNull(functionId, "functionId");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(bucket, "bucket");
        events = List.copyOf(events);
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
    }

    static S3Notification of(String functionId, FunctionEvent event) {
        if (!event.properties().has("Bucket")) {
            throw new IllegalArgumentException(functionId + ".Events." + event.name() + " (S3) needs a Bucket");
        }
        List<String> events = event.strings(functionId, "Events");
        if (events.isEmpty()) {
            throw new IllegalArgumentException(functionId + ".Events." + event.name() + " (S3) needs Events");
        }
        Optional<String> prefix = Optional.empty();
        Optional<String> suffix = Optional.empty();
        for (JsonNode rule : event.path("Filter", "S3Key", "Rules")) {
            String value = rule.path("Value").asText("");
            switch (rule.path("Name").asText("").toLowerCase(Locale.ROOT)) {
                case "prefix" -> prefix = Optional.of(value);
                case "suffix" -> suffix = Optional.of(value);
                default -> throw event.invalid(functionId, "Filter.S3Key.Rules[].Name", "prefix or suffix", rule.path("Name").toString());
            }
        }
        return new S3Notification(functionId, event.name(), event.property("Bucket"), events, prefix, suffix);
    }

    /**
     * Whether object creation notifies the function: the one kind of S3 event emulated locally
     * (every way of creating an object arrives as {@code ObjectCreated:Put}).
     */
    public boolean onObjectCreated() {
        return events.stream().anyMatch(event -> event.equals("s3:ObjectCreated:*") || event.startsWith("s3:ObjectCreated:"));
    }

    /** The event types the template asks for that the local stack does not produce. */
    public List<String> unsupportedEvents() {
        return events.stream().filter(event -> !event.startsWith("s3:ObjectCreated:")).toList();
    }

    /** S3 filters on the raw (not URL-encoded) key. */
    public boolean matches(String key) {
        return prefix.map(key::startsWith).orElse(true) && suffix.map(key::endsWith).orElse(true);
    }
}
