package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Fires the template's schedules: {@code rate(...)} ones on their period (the first time one
 * period after start, as a new rule does), every one on demand. A rule with an {@code Input}
 * delivers that JSON instead of a {@link ScheduledEvent}, as EventBridge does. Failures are
 * retried twice more, at once, like any asynchronous invocation.
 */
final class ScheduleRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRunner.class);

    private final List<ScheduleRule> rules;
    private final EventInvoker invoker;
    private final Set<String> pausedFunctions = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;

    ScheduleRunner(List<ScheduleRule> rules, EventInvoker invoker) {
        this.rules = List.copyOf(rules);
        this.invoker = invoker;
    }

    List<ScheduleRule> rules() {
        return rules;
    }

    /** Starts firing the enabled rate rules on their period. */
    void startTimer() {
        List<ScheduleRule> timed = rules.stream().filter(ScheduleRule::enabled).filter(rule -> rule.rate().isPresent()).toList();
        rules.stream().filter(ScheduleRule::enabled).filter(rule -> rule.rate().isEmpty()).forEach(rule -> LOG.info(
                "{}: {} does not run on its own locally; fire it with EventSources.fireSchedule", rule.functionId(), rule.expression()));
        if (timed.isEmpty()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "schedules");
            thread.setDaemon(true);
            return thread;
        });
        for (ScheduleRule rule : timed) {
            long periodMillis = rule.rate().map(Duration::toMillis).orElseThrow();
            timer.scheduleAtFixedRate(() -> fireOnTimer(rule), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Invokes the function with its first schedule's event, once, whether enabled or not. */
    Object fireNow(String functionId) throws LambdaFunction.HandlerFailure {
        ScheduleRule rule = rules.stream().filter(candidate -> candidate.functionId().equals(functionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(functionId + " has no Schedule or ScheduleV2 event in the template"));
        return invoker.invoke(functionId, event(rule));
    }

    boolean hasRulesFor(String functionId) {
        return rules.stream().anyMatch(rule -> rule.functionId().equals(functionId));
    }

    void pause(String functionId) {
        pausedFunctions.add(functionId);
    }

    void resume(String functionId) {
        pausedFunctions.remove(functionId);
    }

    /** Stops the timer; a firing under way finishes (bounded by the caller's deadline). */
    void stop() {
        if (timer != null) {
            timer.shutdown();
        }
    }

    boolean awaitStopped(long deadlineNanos) throws InterruptedException {
        return timer == null || timer.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private void fireOnTimer(ScheduleRule rule) {
        if (pausedFunctions.contains(rule.functionId())) {
            return;
        }
        for (int attempt = 1; attempt <= S3Watcher.ASYNC_ATTEMPTS; attempt++) {
            try {
                invoker.invoke(rule.functionId(), event(rule));
                return;
            } catch (LambdaFunction.HandlerFailure e) {
                boolean last = attempt == S3Watcher.ASYNC_ATTEMPTS;
                LOG.atLevel(last ? Level.ERROR : Level.WARN).setCause(e.getCause())
                        .log("{} failed on its schedule {} (attempt {} of {}){}", rule.functionId(), rule.expression(), attempt,
                                S3Watcher.ASYNC_ATTEMPTS, last ? "; the event is dropped" : ", retrying");
            } catch (RuntimeException e) {
                // A scheduled task that throws is never run again: keep the schedule alive.
                LOG.error("{} could not be fired on its schedule", rule.functionId(), e);
                return;
            }
        }
    }

    private static Object event(ScheduleRule rule) throws LambdaFunction.HandlerFailure {
        if (rule.input().isPresent()) {
            try {
                return EventJson.MAPPER.readTree(rule.input().get());
            } catch (IOException e) {
                throw new LambdaFunction.HandlerFailure(rule.functionId(), new IllegalArgumentException(
                        rule.functionId() + ".Events." + rule.eventName() + ".Input is not JSON: " + e.getMessage(), e));
            }
        }
        boolean scheduler = rule.type().equals(ScheduleRule.TYPE_V2);
        return new ScheduledEvent()
                .withVersion("0")
                .withId(UUID.randomUUID().toString())
                .withDetailType("Scheduled Event")
                .withSource(scheduler ? "aws.scheduler" : "aws.events")
                .withAccount(LocalNames.ACCOUNT_ID)
                .withTime(new DateTime(System.currentTimeMillis(), DateTimeZone.UTC))
                .withRegion(LocalNames.REGION)
                .withResources(List.of(rule.resourceArn()))
                .withDetail(Map.of());
    }
}
