package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Lambda's event source mapping for one SQS queue and one function: a few threads that each
 * long-poll the queue, invoke the function with the batch and delete what succeeded. A FIFO queue
 * needs no extra care for ordering here: SQS (and ElasticMQ) hand out no message of a group while
 * another of that group is in flight, so concurrent pollers still see each group in order.
 */
final class SqsPoller {

    private static final Logger LOG = LoggerFactory.getLogger(SqsPoller.class);
    /** SQS returns at most ten messages per receive. */
    static final int MAX_MESSAGES_PER_RECEIVE = 10;
    static final int DEFAULT_POLLERS = 2;
    private static final int LONG_POLL_SECONDS = 1;
    private static final Duration ERROR_BACKOFF = Duration.ofSeconds(1);

    private final SqsMapping mapping;
    private final String queueUrl;
    private final String queueArn;
    private final boolean fifo;
    private final SqsClient sqs;
    private final EventInvoker invoker;
    private final PauseGate gate = new PauseGate();
    private final List<Thread> threads = new ArrayList<>();
    private final Duration pauseTimeout;

    SqsPoller(SqsMapping mapping, String queueUrl, SqsClient sqs, EventInvoker invoker, int functionTimeoutSeconds) {
        this.mapping = mapping;
        this.queueUrl = queueUrl;
        String queueName = LocalNames.queueNameOfUrl(queueUrl);
        this.queueArn = LocalNames.queueArn(queueName);
        this.fifo = queueName.endsWith(".fifo");
        this.sqs = sqs;
        this.invoker = invoker;
        // A cycle is one long poll plus one invocation, which Lambda would cut off at the Timeout.
        this.pauseTimeout = Duration.ofSeconds(LONG_POLL_SECONDS + functionTimeoutSeconds + 2L);
    }

    SqsMapping mapping() {
        return mapping;
    }

    String queueUrl() {
        return queueUrl;
    }

    String queueName() {
        return LocalNames.queueNameOfUrl(queueUrl);
    }

    int pollerCount() {
        return Math.min(DEFAULT_POLLERS, mapping.maximumConcurrency().orElse(DEFAULT_POLLERS));
    }

    void start() {
        for (int i = 1; i <= pollerCount(); i++) {
            Thread thread = new Thread(this::pollUntilStopped, "sqs-" + mapping.functionId() + "-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
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

    /** Visible, in-flight and delayed messages; all zero when the queue is drained. */
    Map<QueueAttributeName, String> depth() {
        return sqs.getQueueAttributes(request -> request.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
    }

    /** Stops receiving; the batches already received are still processed. */
    void stop() {
        gate.stop();
    }

    /** @return false when a thread is still busy at the deadline (it is a daemon and dies with the JVM) */
    boolean awaitStopped(long deadlineNanos) throws InterruptedException {
        for (Thread thread : threads) {
            long remaining = deadlineNanos - System.nanoTime();
            if (remaining > 0) {
                TimeUnit.NANOSECONDS.timedJoin(thread, remaining);
            }
        }
        return threads.stream().noneMatch(Thread::isAlive);
    }

    private void pollUntilStopped() {
        boolean failing = false;
        try {
            while (gate.enter()) {
                boolean failed = false;
                try {
                    List<Message> batch = receiveBatch();
                    if (!batch.isEmpty()) {
                        process(batch);
                    }
                    if (failing) {
                        LOG.info("Polling {} for {} works again", queueName(), mapping.functionId());
                        failing = false;
                    }
                } catch (SdkException e) {
                    failed = true;
                    if (!failing && !gate.isStopped()) {
                        LOG.warn("Polling {} for {} failed, retrying every {} s: {}", queueName(), mapping.functionId(),
                                ERROR_BACKOFF.toSeconds(), e.toString());
                    }
                    failing = true;
                } finally {
                    gate.exit();
                }
                if (failed) {
                    gate.sleep(ERROR_BACKOFF);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One receive of up to ten messages, and for a larger BatchSize more receives while messages
     * keep coming or the batching window is open.
     */
    private List<Message> receiveBatch() {
        List<Message> batch = new ArrayList<>(receive(Math.min(MAX_MESSAGES_PER_RECEIVE, mapping.batchSize()), LONG_POLL_SECONDS));
        if (batch.isEmpty()) {
            return batch;
        }
        long windowEnd = System.nanoTime() + mapping.batchingWindow().toNanos();
        while (batch.size() < mapping.batchSize() && !gate.isStopped()) {
            // WaitTimeSeconds counts in whole seconds: the window may run over by up to one.
            boolean windowOpen = windowEnd - System.nanoTime() > 0;
            List<Message> more = receive(Math.min(MAX_MESSAGES_PER_RECEIVE, mapping.batchSize() - batch.size()),
                    windowOpen ? LONG_POLL_SECONDS : 0);
            batch.addAll(more);
            if (more.isEmpty() && !windowOpen) {
                break;
            }
        }
        return batch;
    }

    private List<Message> receive(int maxMessages, int waitSeconds) {
        return sqs.receiveMessage(request -> request
                .queueUrl(queueUrl)
                .maxNumberOfMessages(maxMessages)
                .waitTimeSeconds(waitSeconds)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
    }

    /** Like Lambda: a handler that throws fails the whole batch, which comes back after the visibility timeout. */
    private void process(List<Message> batch) {
        SQSEvent event = SqsEvents.of(batch, queueArn);
        Object result;
        try {
            result = invoker.invoke(mapping.functionId(), event);
        } catch (LambdaFunction.HandlerFailure e) {
            LOG.atWarn().setCause(e.getCause()).log("{} failed on {} message(s) from {}, none deleted: {}",
                    mapping.functionId(), batch.size(), queueName(), ids(batch));
            return;
        }
        SqsBatchOutcome outcome = SqsBatchOutcome.returned(batch, result, mapping.reportBatchItemFailures(), fifo);
        outcome.problem().ifPresent(problem -> LOG.warn("{} on {}: {}; left on the queue: {}",
                mapping.functionId(), queueName(), problem, outcome.failed()));
        delete(outcome.toDelete());
    }

    private void delete(List<Message> messages) {
        for (int from = 0; from < messages.size(); from += MAX_MESSAGES_PER_RECEIVE) {
            List<Message> chunk = messages.subList(from, Math.min(messages.size(), from + MAX_MESSAGES_PER_RECEIVE));
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i)).receiptHandle(chunk.get(i).receiptHandle()).build());
            }
            List<BatchResultErrorEntry> failed = sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(entries)).failed();
            if (!failed.isEmpty()) {
                // Typically the handler outlived the visibility timeout and the message was received again.
                LOG.warn("{} could not delete {} processed message(s) from {}: {}", mapping.functionId(), failed.size(), queueName(),
                        failed.stream().map(error -> chunk.get(Integer.parseInt(error.id())).messageId() + " (" + error.code() + ")")
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    private static String ids(List<Message> batch) {
        return batch.stream().map(Message::messageId).collect(Collectors.joining(", ", "[", "]"));
    }
}
