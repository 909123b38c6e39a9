package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Emulates one S3 event notification: S3Proxy cannot notify, so the bucket is listed every
 * {@link #POLL_INTERVAL} and each object that is new, or whose ETag changed, and that matches the
 * filter becomes an {@code ObjectCreated:Put} event.
 *
 * <p>The listing taken when the watcher starts is the baseline and fires nothing: objects kept in
 * a data directory do not notify again after a restart unless they change. Known limits: putting
 * identical content again under the same key keeps its ETag and fires nothing (S3 would notify),
 * and the seen ETags live in memory only.
 *
 * <p>Invocations are asynchronous in Lambda: a failure is retried twice more (at once, not after
 * Lambda's one and two minutes), then logged and dropped.
 */
final class S3Watcher {

    private static final Logger LOG = LoggerFactory.getLogger(S3Watcher.class);
    static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    static final int ASYNC_ATTEMPTS = 3;

    private final S3Notification notification;
    private final String bucket;
    private final S3Client s3;
    private final EventInvoker invoker;
    private final PauseGate gate = new PauseGate();
    private final AtomicLong completedScans = new AtomicLong();
    private final Duration pauseTimeout;
    private Map<String, String> seenETags = Map.of();
    /** Objects listed once with this ETag, notified if the next listing shows them unchanged. */
    private Map<String, String> settling = Map.of();
    private Thread thread;

    S3Watcher(S3Notification notification, String bucket, S3Client s3, EventInvoker invoker, int functionTimeoutSeconds) {
        this.notification = notification;
        this.bucket = bucket;
        this.s3 = s3;
        this.invoker = invoker;
        // A scan may invoke the function several times; this bounds a pause, it does not cut anything off.
        this.pauseTimeout = Duration.ofSeconds(ASYNC_ATTEMPTS * (long) functionTimeoutSeconds + 5L);
    }

    S3Notification notification() {
        return notification;
    }

    String bucket() {
        return bucket;
    }

    /** Lists the bucket once as the baseline, then watches it on a thread of its own. */
    void start() {
        seenETags = list();
        thread = new Thread(this::watchUntilStopped, "s3-" + notification.functionId() + "-" + notification.eventName());
        thread.setDaemon(true);
        thread.start();
    }

    /** Scans completed so far: one that starts after a change has seen it and invoked for it. */
    long completedScans() {
        return completedScans.get();
    }

    void pause() throws InterruptedException {
        gate.pause(pauseTimeout);
    }

    void resume() {
        gate.resume();
    }

    boolean isPaused() {
        return gate.isPaused();
    }

    void stop() {
        gate.stop();
    }

    boolean awaitStopped(long deadlineNanos) throws InterruptedException {
        long remaining = deadlineNanos - System.nanoTime();
        if (thread != null && remaining > 0) {
            TimeUnit.NANOSECONDS.timedJoin(thread, remaining);
        }
        return thread == null || !thread.isAlive();
    }

    private void watchUntilStopped() {
        boolean failing = false;
        try {
            while (gate.enter()) {
                try {
                    scan();
                    completedScans.incrementAndGet();
                    failing = false;
                } catch (SdkException e) {
                    if (!failing && !gate.isStopped()) {
                        LOG.warn("Listing bucket {} for {} failed, retrying: {}", bucket, notification.functionId(), e.toString());
                    }
                    failing = true;
                } finally {
                    gate.exit();
                }
                gate.sleep(POLL_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Notifies for an object once two listings in a row show it with the same new ETag, and only if it
     * still exists then: S3Proxy writes an object under a temporary name beside its key before moving
     * it into place, and a listing at that moment must not announce a key that never really existed.
     */
    private void scan() {
        Map<String, String> delivered = new HashMap<>();
        Map<String, String> nextSettling = new HashMap<>();
        List<S3Object> settled = new ArrayList<>();
        listObjects().forEach(object -> {
            String eTag = unquoted(object.eTag());
            if (eTag.equals(seenETags.get(object.key()))) {
                delivered.put(object.key(), eTag);
            } else if (eTag.equals(settling.get(object.key()))) {
                delivered.put(object.key(), eTag);
                settled.add(object);
            } else {
                nextSettling.put(object.key(), eTag);
            }
        });
        // Forgetting deleted keys makes an object put again after a delete notify again, as in S3.
        seenETags = delivered;
        settling = nextSettling;
        for (S3Object object : settled) {
            if (stillThere(object)) {
                deliver(object);
            }
        }
    }

    private boolean stillThere(S3Object object) {
        try {
            return unquoted(s3.headObject(request -> request.bucket(bucket).key(object.key())).eTag()).equals(unquoted(object.eTag()));
        } catch (NoSuchKeyException gone) {
            return false;
        } catch (S3Exception failed) {
            if (failed.statusCode() == 404) {
                return false;
            }
            throw failed;
        }
    }

    private Map<String, String> list() {
        Map<String, String> eTags = new HashMap<>();
        listObjects().forEach(object -> eTags.put(object.key(), unquoted(object.eTag())));
        return eTags;
    }

    /** The objects the filter lets through; the prefix also narrows the listing itself. */
    private List<S3Object> listObjects() {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(notification.prefix().orElse(null)))
                .contents().stream()
                .filter(object -> notification.matches(object.key()))
                .toList();
    }

    private void deliver(S3Object object) {
        S3Event event = S3Events.objectCreated(bucket, object.key(), object.size(), unquoted(object.eTag()),
                notification.eventName(), Instant.now());
        for (int attempt = 1; attempt <= ASYNC_ATTEMPTS; attempt++) {
            try {
                invoker.invoke(notification.functionId(), event);
                return;
            } catch (LambdaFunction.HandlerFailure e) {
                if (attempt < ASYNC_ATTEMPTS) {
                    LOG.atWarn().setCause(e.getCause()).log("{} failed on s3://{}/{} (attempt {} of {}), retrying",
                            notification.functionId(), bucket, object.key(), attempt, ASYNC_ATTEMPTS);
                } else {
                    LOG.atError().setCause(e.getCause()).log("{} failed on s3://{}/{} {} times; the event is dropped",
                            notification.functionId(), bucket, object.key(), ASYNC_ATTEMPTS);
                }
            }
        }
    }

    private static String unquoted(String eTag) {
        return eTag == null ? "" : eTag.replace("\"", "");
    }
}
