package io.quorum.testing;

import io.quorum.engine.TaskDelivery;
import io.quorum.engine.TaskQueue;
import io.quorum.engine.TaskRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A standard SQS queue in memory, on a test clock: a received message is hidden for the visibility
 * timeout asked for and gets a fresh receipt handle; only the latest handle deletes or hides it again
 * (an older one is refused, as SQS refuses a stale handle for a message received again).
 */
public final class InMemoryTaskQueue implements TaskQueue {

    private static final class Message {
        final long id;
        final TaskRef ref;
        Instant visibleAt;
        String receipt;
        int receives;

        Message(long id, TaskRef ref, Instant visibleAt) {
            this.id = id;
            this.ref = ref;
            this.visibleAt = visibleAt;
        }
    }

    private final MutableClock clock;
    private final List<Message> messages = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private int failSends;

    public InMemoryTaskQueue(MutableClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void send(List<TaskRef> tasks) {
        if (failSends > 0) {
            failSends--;
            throw new IllegalStateException("the task queue refused the send");
        }
        tasks.forEach(ref -> messages.add(new Message(ids.incrementAndGet(), ref, clock.now())));
    }

    @Override
    public synchronized List<TaskDelivery> receive(int max, Duration hiddenFor) {
        Instant now = clock.now();
        List<TaskDelivery> received = new ArrayList<>();
        for (Message message : messages) {
            if (received.size() == max) {
                break;
            }
            if (!message.visibleAt.isAfter(now)) {
                message.visibleAt = now.plus(hiddenFor);
                message.receives++;
                message.receipt = "r-" + message.id + "-" + message.receives;
                received.add(new TaskDelivery(message.ref, message.receipt));
            }
        }
        return received;
    }

    @Override
    public synchronized void delete(String receiptHandle) {
        messages.removeIf(message -> receiptHandle.equals(message.receipt));
    }

    @Override
    public synchronized void hide(String receiptHandle, Duration hiddenFor) {
        Message message = byReceipt(receiptHandle)
                .orElseThrow(() -> new IllegalStateException("receipt handle is not the latest of a message in the queue"));
        message.visibleAt = clock.now().plus(hiddenFor);
    }

    // ---- test helpers -------------------------------------------------------------------------

    /** The next {@code sends} sends fail. */
    public synchronized void failNextSends(int sends) {
        failSends = sends;
    }

    public synchronized int size() {
        return messages.size();
    }

    public synchronized List<TaskRef> visible() {
        Instant now = clock.now();
        return messages.stream().filter(m -> !m.visibleAt.isAfter(now)).map(m -> m.ref).toList();
    }

    public synchronized List<TaskRef> all() {
        return messages.stream().map(m -> m.ref).toList();
    }

    private Optional<Message> byReceipt(String receiptHandle) {
        return messages.stream().filter(m -> receiptHandle.equals(m.receipt)).findFirst();
    }
}
