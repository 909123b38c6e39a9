package io.quorum.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test-only SQS consumer that records every batch it receives (per function, since several
 * functions of the test template share it) and behaves as each message body asks:
 * {@code fail-once...} is reported failed on its first delivery, {@code throw...} makes the whole
 * invocation throw, {@code block...} holds the invocation until {@link #release()}. In a FIFO
 * queue it processes nothing more of a group after a failure, as a correct FIFO consumer does,
 * but leaves it to the poller to keep those later messages.
 */
public final class RecordingSqsHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Map<String, List<List<SQSEvent.SQSMessage>>> BATCHES = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> PROCESSED = new ConcurrentHashMap<>();
    private static volatile CountDownLatch blocked = new CountDownLatch(1);
    private static volatile CountDownLatch blockStarted = new CountDownLatch(1);

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        String function = context.getFunctionName();
        BATCHES.computeIfAbsent(function, name -> new CopyOnWriteArrayList<>()).add(List.copyOf(event.getRecords()));
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        Set<String> failedGroups = new HashSet<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            String body = message.getBody();
            String group = message.getAttributes().get("MessageGroupId");
            if (body.startsWith("throw")) {
                throw new IllegalStateException("deliberate failure for the redelivery test");
            }
            if (body.startsWith("block")) {
                blockStarted.countDown();
                awaitRelease();
            }
            if (group != null && failedGroups.contains(group)) {
                continue;
            }
            if (body.startsWith("fail-once") && message.getAttributes().get("ApproximateReceiveCount").equals("1")) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                if (group != null) {
                    failedGroups.add(group);
                }
                continue;
            }
            PROCESSED.computeIfAbsent(function, name -> new CopyOnWriteArrayList<>()).add(body);
        }
        return new SQSBatchResponse(failures);
    }

    static List<List<SQSEvent.SQSMessage>> batches(String function) {
        return List.copyOf(BATCHES.getOrDefault(function, List.of()));
    }

    /** Bodies processed successfully, in order. */
    static List<String> processed(String function) {
        return List.copyOf(PROCESSED.getOrDefault(function, List.of()));
    }

    /** Every delivery of messages whose body starts with the prefix, in order. */
    static List<SQSEvent.SQSMessage> deliveries(String function, String bodyPrefix) {
        return batches(function).stream().flatMap(List::stream).filter(message -> message.getBody().startsWith(bodyPrefix)).toList();
    }

    static boolean awaitBlocked(long millis) throws InterruptedException {
        return blockStarted.await(millis, TimeUnit.MILLISECONDS);
    }

    static void release() {
        blocked.countDown();
    }

    static void resetBlocking() {
        blocked = new CountDownLatch(1);
        blockStarted = new CountDownLatch(1);
    }

    private static void awaitRelease() {
        try {
            if (!blocked.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
