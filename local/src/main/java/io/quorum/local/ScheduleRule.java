package io.quorum.local;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schedule that invokes a function: an entry of the function's {@code Events} with
 * {@code Type: Schedule} (EventBridge rule) or {@code Type: ScheduleV2} (EventBridge Scheduler).
 *
 * <pre>
 * Events:
 *   Nightly:
 *     Type: Schedule                     # Schedule: ..., Enabled: false or State: DISABLED to switch off
 *     Properties:
 *       Schedule: rate(5 minutes)        # ScheduleV2 writes ScheduleExpression
 *       Input: '{"mode": "full"}'        # optional: delivered instead of a ScheduledEvent
 * </pre>
 *
 * Only {@code rate(...)} expressions run on their own locally; {@code cron(...)} ones can be fired
 * by hand ({@link EventSources#fireSchedule}).
 */
public record ScheduleRule(String functionId, String eventName, String type, String expression, boolean enabled, Optional<String> input) {

    public static final String TYPE = "Schedule";
    public static final String TYPE_V2 = "ScheduleV2";
    private static final Pattern RATE = Pattern.compile("rate\\(\\s*([0-9]{1,9})\\s+(minute|minutes|hour|hours|day|days)\\s*\\)");

    public ScheduleRule {
        Objects.requireNonNull(functionId, "functionId");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(input, "input");
    }

    static ScheduleRule of(String functionId, FunctionEvent event) {
        String expression = event.literal(event.type().equals(TYPE_V2) ? "ScheduleExpression" : "Schedule")
                .or(() -> event.literal("Schedule"))
                .orElseThrow(() -> new IllegalArgumentException(functionId + ".Events." + event.name() + " (" + event.type()
                        + ") needs a literal " + (event.type().equals(TYPE_V2) ? "ScheduleExpression" : "Schedule")));
        boolean enabled = event.bool(functionId, "Enabled").orElse(true)
                && !event.literal("State").map("DISABLED"::equalsIgnoreCase).orElse(false);
        return new ScheduleRule(functionId, event.name(), event.type(), expression.strip(), enabled, event.literal("Input"));
    }

    /** The period of a {@code rate(...)} expression; empty for {@code cron(...)} and anything else. */
    public Optional<Duration> rate() {
        Matcher matcher = RATE.matcher(expression);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        if (amount == 0) {
            return Optional.empty();
        }
        return Optional.of(switch (matcher.group(2)) {
            case "minute", "minutes" -> Duration.ofMinutes(amount);
            case "hour", "hours" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        });
    }

    /** The ARN of the rule or schedule that SAM would create, as the event's {@code resources} names it. */
    public String resourceArn() {
        String name = functionId + eventName;
        return type.equals(TYPE_V2)
                ? "arn:aws:scheduler:" + LocalNames.REGION + ":" + LocalNames.ACCOUNT_ID + ":schedule/default/" + name
                : "arn:aws:events:" + LocalNames.REGION + ":" + LocalNames.ACCOUNT_ID + ":rule/" + name;
    }
}
