package io.quorum.local;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An {@code AWS::Serverless::Function} after {@code Globals.Function} has been applied.
 *
 * @param handler     {@code fully.qualified.Class::method}
 * @param environment Globals variables first, overridden by the function's own
 * @param events      every event in template order, including types this module does not run yet
 */
public record FunctionSpec(
        String logicalId,
        String handler,
        Map<String, TemplateValue> environment,
        int timeoutSeconds,
        int memorySizeMb,
        List<FunctionEvent> events) {

    public FunctionSpec {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(handler, "handler");
        environment = UnmodifiableOrdered.copyOf(environment);
        events = List.copyOf(events);
    }

    public String handlerClass() {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    /** The method Lambda calls; {@code handleRequest} when the Handler names only the class. */
    public String handlerMethod() {
        int separator = handler.indexOf("::");
        return separator < 0 ? "handleRequest" : handler.substring(separator + 2);
    }

    public List<ApiRoute> apiRoutes() {
        return events.stream()
                .filter(event -> event.type().equals("Api"))
                .map(event -> new ApiRoute(
                        logicalId,
                        event.literal("Method").orElseThrow(() -> missing(event, "Method")),
                        event.literal("Path").orElseThrow(() -> missing(event, "Path"))))
                .toList();
    }

    /** Every {@code Type: SQS} event; throws when one is malformed. */
    public List<SqsMapping> sqsMappings() {
        return eventsOfType(SqsMapping.TYPE).map(event -> SqsMapping.of(logicalId, event)).toList();
    }

    /** Every {@code Type: S3} event; throws when one is malformed. */
    public List<S3Notification> s3Notifications() {
        return eventsOfType(S3Notification.TYPE).map(event -> S3Notification.of(logicalId, event)).toList();
    }

    /** Every {@code Type: Schedule} and {@code Type: ScheduleV2} event; throws when one is malformed. */
    public List<ScheduleRule> scheduleRules() {
        return events.stream()
                .filter(event -> event.type().equals(ScheduleRule.TYPE) || event.type().equals(ScheduleRule.TYPE_V2))
                .map(event -> ScheduleRule.of(logicalId, event))
                .toList();
    }

    private Stream<FunctionEvent> eventsOfType(String type) {
        return events.stream().filter(event -> event.type().equals(type));
    }

    private IllegalArgumentException missing(FunctionEvent event, String property) {
        return new IllegalArgumentException(
                logicalId + ".Events." + event.name() + " (Api) needs a literal " + property);
    }
}
