package io.quorum.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * What invokes functions besides the API, as template.yaml declares it: SQS event source
 * mappings ({@link SqsPoller}), S3 event notifications ({@link S3Watcher}) and schedules
 * ({@link ScheduleRunner}). Nothing here is specific to a function: every {@code Type: SQS},
 * {@code S3}, {@code Schedule} and {@code ScheduleV2} event of the template is picked up.
 *
 * <p>Works against explicit endpoints, not the JVM-wide SDK settings, so it can run beside the
 * configured stack (tests of the event sources use their own template and emulators).
 */
public final class EventSources implements AutoCloseable {

    /** Whether {@code rate(...)} schedules fire on their own, or only through {@link #fireSchedule}. */
    public enum Schedules { ON_THEIR_RATE, ON_DEMAND_ONLY }

    private static final Logger LOG = LoggerFactory.getLogger(EventSources.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration IDLE_CHECK_INTERVAL = Duration.ofMillis(50);
    /** awaitIdle wants the stack quiet on this many checks in a row, so a message between two checks is not missed. */
    private static final int QUIET_CHECKS = 2;
    /**
     * A scan under way when awaitIdle starts may have listed before the change; the next one sees it, and
     * the one after notifies for it (an object is announced once two listings agree on it).
     */
    private static final int FRESH_SCANS = 3;

    private final SqsClient sqs;
    private final S3Client s3;
    private final EventInvoker invoker;
    private final List<SqsPoller> pollers;
    private final List<S3Watcher> watchers;
    private final ScheduleRunner schedules;
    private final List<String> description;
    private volatile boolean closed;

    private EventSources(SqsClient sqs, S3Client s3, EventInvoker invoker, List<SqsPoller> pollers, List<S3Watcher> watchers,
            ScheduleRunner schedules, List<String> description) {
        this.sqs = sqs;
        this.s3 = s3;
        this.invoker = invoker;
        this.pollers = List.copyOf(pollers);
        this.watchers = List.copyOf(watchers);
        this.schedules = schedules;
        this.description = List.copyOf(description);
    }

    /** Starts every event source of the template against the emulators of {@code aws}. */
    public static EventSources start(SamTemplate template, EmbeddedAws aws, Map<String, String> parameterValues, Schedules mode) {
        return start(template, aws.endpoints(), aws.resources(), parameterValues, mode);
    }

    /**
     * Starts every event source of the template. S3 watchers take their baseline listing before
     * this returns: an object put afterwards notifies, one that was already there does not.
     *
     * @param parameterValues template parameters without a usable Default, as for the functions' environment
     */
    public static EventSources start(
            SamTemplate template, Endpoints endpoints, LocalResources resources, Map<String, String> parameterValues, Schedules mode) {
        TemplateResolver resolver = new TemplateResolver(template, resources, parameterValues);
        FunctionRegistry functions = new FunctionRegistry(template);
        EventInvoker invoker = new EventInvoker(functions);
        SqsClient sqs = LocalClients.sqs(endpoints.sqs());
        S3Client s3 = LocalClients.s3(endpoints.s3());
        List<SqsPoller> pollers = new ArrayList<>();
        List<S3Watcher> watchers = new ArrayList<>();
        List<String> description = new ArrayList<>();
        try {
            for (SqsMapping mapping : template.sqsMappings()) {
                Optional<String> queueUrl = queueUrl(mapping.queue(), resources, resolver);
                if (queueUrl.isEmpty()) {
                    description.add(line("SQS", mapping.functionId(), "? (not polled: Queue names no queue of this template)"));
                    LOG.warn("{}.Events.{}: Queue {} names no queue of this template; not polled locally",
                            mapping.functionId(), mapping.eventName(), mapping.queue());
                    continue;
                }
                SqsPoller poller = new SqsPoller(mapping, queueUrl.get(), sqs, invoker, timeoutOf(functions, mapping.functionId()));
                description.add(line("SQS", mapping.functionId(), poller.queueName() + " (batch " + mapping.batchSize()
                        + (mapping.reportBatchItemFailures() ? ", partial batch failures" : "")
                        + (mapping.enabled() ? ")" : "; disabled in the template)")));
                if (mapping.enabled()) {
                    pollers.add(poller);
                }
            }
            for (S3Notification notification : template.s3Notifications()) {
                Optional<String> bucket = bucketName(notification.bucket(), resources, resolver);
                String filter = notification.prefix().orElse("") + "*" + notification.suffix().orElse("");
                if (bucket.isEmpty()) {
                    description.add(line("S3", notification.functionId(), "? (not watched: Bucket names no bucket of this template)"));
                    LOG.warn("{}.Events.{}: Bucket {} names no bucket of this template; not watched locally",
                            notification.functionId(), notification.eventName(), notification.bucket());
                    continue;
                }
                if (!notification.unsupportedEvents().isEmpty()) {
                    LOG.warn("{}.Events.{}: {} not emulated locally; only s3:ObjectCreated:* is",
                            notification.functionId(), notification.eventName(), notification.unsupportedEvents());
                }
                if (!notification.onObjectCreated()) {
                    description.add(line("S3", notification.functionId(), bucket.get() + "/" + filter + " (not watched: "
                            + String.join(", ", notification.events()) + " not emulated)"));
                    continue;
                }
                description.add(line("S3", notification.functionId(), bucket.get() + "/" + filter + " (ObjectCreated)"));
                watchers.add(new S3Watcher(notification, bucket.get(), s3, invoker, timeoutOf(functions, notification.functionId())));
            }
            ScheduleRunner schedules = new ScheduleRunner(template.scheduleRules(), invoker);
            for (ScheduleRule rule : schedules.rules()) {
                String note = !rule.enabled() ? " (disabled in the template)"
                        : rule.rate().isEmpty() ? " (not run locally: fire it by hand)"
                        : mode == Schedules.ON_DEMAND_ONLY ? " (on demand only)" : "";
                description.add(line(rule.type(), rule.functionId(), rule.expression() + note));
            }
            watchers.forEach(S3Watcher::start);
            pollers.forEach(SqsPoller::start);
            if (mode == Schedules.ON_THEIR_RATE) {
                schedules.startTimer();
            }
            return new EventSources(sqs, s3, invoker, pollers, watchers, schedules, description);
        } catch (RuntimeException e) {
            pollers.forEach(SqsPoller::stop);
            watchers.forEach(S3Watcher::stop);
            sqs.close();
            s3.close();
            throw e;
        }
    }

    /** One line per event source, for the banner: {@code SQS  Function  <- queue (batch 10)}. */
    public List<String> describe() {
        return description;
    }

    /**
     * Stops invoking the function from its queues, buckets and schedules; returns once no
     * receive, scan or invocation of those sources is under way, so that a test can then use the
     * queue itself. Objects put into a watched bucket meanwhile notify after {@link #resume}.
     *
     * @throws IllegalArgumentException when the function has no event source here
     * @throws IllegalStateException    when a cycle under way does not end in time (the source stays paused)
     */
    public void pause(String functionId) {
        requireEventSources(functionId);
        schedules.pause(functionId);
        try {
            for (SqsPoller poller : pollersOf(functionId)) {
                poller.pause();
            }
            for (S3Watcher watcher : watchersOf(functionId)) {
                watcher.pause();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while pausing " + functionId, e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Pausing " + functionId + ": " + e.getMessage(), e);
        }
    }

    public void resume(String functionId) {
        requireEventSources(functionId);
        schedules.resume(functionId);
        pollersOf(functionId).forEach(SqsPoller::resume);
        watchersOf(functionId).forEach(S3Watcher::resume);
    }

    /**
     * Invokes the function once with the event of its (first) schedule, now, whatever its
     * expression; returns what the handler returned.
     *
     * @throws IllegalArgumentException      when the function has no Schedule or ScheduleV2 event
     * @throws LambdaFunction.HandlerFailure when the handler throws
     */
    public Object fireSchedule(String functionId) throws LambdaFunction.HandlerFailure {
        return schedules.fireNow(functionId);
    }

    /**
     * Returns once the event sources have gone quiet: every polled queue (paused ones aside)
     * holds no visible, in-flight or delayed message, every watched bucket has been scanned
     * afresh with nothing left to deliver, and no invocation is running, on two checks in a row.
     *
     * @throws IllegalStateException when still busy at the timeout, saying with what
     */
    public void awaitIdle(Duration timeout) {
        awaitIdle(timeout, functionId -> true);
    }

    /**
     * Like {@link #awaitIdle(Duration)}, but only for the event sources of these functions: a test waits
     * for the pipeline it drives, not for another test's resources still being retried elsewhere.
     */
    public void awaitIdle(Duration timeout, Collection<String> functionIds) {
        functionIds.forEach(this::requireEventSources);
        awaitIdle(timeout, Set.copyOf(functionIds)::contains);
    }

    private void awaitIdle(Duration timeout, Predicate<String> watched) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<S3Watcher, Long> scansAtStart = new LinkedHashMap<>();
        watchers.stream().filter(watcher -> watched.test(watcher.notification().functionId()))
                .forEach(watcher -> scansAtStart.put(watcher, watcher.completedScans()));
        int quietChecks = 0;
        while (true) {
            List<String> busy = busy(scansAtStart, watched);
            quietChecks = busy.isEmpty() ? quietChecks + 1 : 0;
            if (quietChecks >= QUIET_CHECKS) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Event sources still busy after " + timeout.toMillis() + " ms: "
                        + (busy.isEmpty() ? "quiet only just now" : String.join("; ", busy)));
            }
            try {
                Thread.sleep(IDLE_CHECK_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the event sources to go quiet", e);
            }
        }
    }

    /** Stops polling, watching and firing, waits (boundedly) for the invocations under way, closes the clients. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pollers.forEach(SqsPoller::stop);
        watchers.forEach(S3Watcher::stop);
        schedules.stop();
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        List<String> stillBusy = new ArrayList<>();
        try {
            for (SqsPoller poller : pollers) {
                if (!poller.awaitStopped(deadline)) {
                    stillBusy.add(poller.mapping().functionId() + " <- " + poller.queueName());
                }
            }
            for (S3Watcher watcher : watchers) {
                if (!watcher.awaitStopped(deadline)) {
                    stillBusy.add(watcher.notification().functionId() + " <- " + watcher.bucket());
                }
            }
            if (!schedules.awaitStopped(deadline)) {
                stillBusy.add("schedules");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!stillBusy.isEmpty()) {
            LOG.warn("Event sources still invoking after {} s, left behind: {}", STOP_TIMEOUT.toSeconds(), stillBusy);
        }
        sqs.close();
        s3.close();
    }

    // ---- helpers ----

    private List<String> busy(Map<S3Watcher, Long> scansAtStart, Predicate<String> watched) {
        List<String> busy = new ArrayList<>();
        Map<String, Integer> running = new TreeMap<>(invoker.running());
        running.keySet().removeIf(watched.negate());
        if (!running.isEmpty()) {
            busy.add("running " + running.entrySet().stream()
                    .map(entry -> entry.getKey() + (entry.getValue() > 1 ? " x" + entry.getValue() : ""))
                    .collect(Collectors.joining(", ")));
        }
        for (SqsPoller poller : pollers) {
            if (poller.isPaused() || !watched.test(poller.mapping().functionId())) {
                continue;
            }
            Map<QueueAttributeName, String> depth = poller.depth();
            int visible = count(depth, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
            int inFlight = count(depth, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
            int delayed = count(depth, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED);
            if (visible + inFlight + delayed > 0) {
                busy.add(String.format(Locale.ROOT, "%s (%s) holds %d visible, %d in flight, %d delayed",
                        poller.queueName(), poller.mapping().functionId(), visible, inFlight, delayed));
            }
        }
        scansAtStart.forEach((watcher, scans) -> {
            if (!watcher.isPaused() && watcher.completedScans() < scans + FRESH_SCANS) {
                busy.add("bucket " + watcher.bucket() + " (" + watcher.notification().functionId() + ") not rescanned yet");
            }
        });
        return busy;
    }

    private static int count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
        String value = attributes.get(name);
        return value == null ? 0 : Integer.parseInt(value);
    }

    private List<SqsPoller> pollersOf(String functionId) {
        return pollers.stream().filter(poller -> poller.mapping().functionId().equals(functionId)).toList();
    }

    private List<S3Watcher> watchersOf(String functionId) {
        return watchers.stream().filter(watcher -> watcher.notification().functionId().equals(functionId)).toList();
    }

    private void requireEventSources(String functionId) {
        if (pollersOf(functionId).isEmpty() && watchersOf(functionId).isEmpty() && !schedules.hasRulesFor(functionId)) {
            throw new IllegalArgumentException(functionId + " has no running event source; the event sources: " + description);
        }
    }

    private static Optional<String> queueUrl(TemplateValue queueArn, LocalResources resources, TemplateResolver resolver) {
        Optional<String> arn = resolved(queueArn, resolver);
        return resources.queues().values().stream()
                .filter(url -> arn.map(LocalNames.queueArn(LocalNames.queueNameOfUrl(url))::equals).orElse(false))
                .findFirst();
    }

    private static Optional<String> bucketName(TemplateValue bucket, LocalResources resources, TemplateResolver resolver) {
        return resolved(bucket, resolver).filter(resources.buckets()::containsValue);
    }

    /** Empty when the value cannot be resolved locally (a queue of another stack, say). */
    private static Optional<String> resolved(TemplateValue value, TemplateResolver resolver) {
        try {
            return Optional.of(resolver.resolve(value));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static int timeoutOf(FunctionRegistry functions, String functionId) {
        return functions.get(functionId).spec().timeoutSeconds();
    }

    private static String line(String type, String functionId, String source) {
        return String.format(Locale.ROOT, "%-10s %-30s <- %s", type, functionId, source);
    }

    @Override
    public String toString() {
        return "EventSources[" + pollers.size() + " queue mappings, " + watchers.size() + " bucket notifications, "
                + schedules.rules().size() + " schedules]";
    }
}
