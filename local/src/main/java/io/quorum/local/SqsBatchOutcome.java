package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * What Lambda's SQS poller makes of one invocation: which messages of the batch succeeded (and
 * are deleted) and which failed (and come back after the visibility timeout).
 *
 * <p>A handler that throws fails the whole batch and needs no outcome: nothing is deleted.
 *
 * @param toDelete the messages that succeeded
 * @param failed   the ids of the messages left on the queue
 * @param problem  why some or all messages failed, for the log; empty on full success
 */
record SqsBatchOutcome(List<Message> toDelete, Set<String> failed, Optional<String> problem) {

    SqsBatchOutcome {
        toDelete = List.copyOf(toDelete);
        failed = Set.copyOf(failed);
        Objects.requireNonNull(problem, "problem");
    }

    /**
     * The handler returned. Without ReportBatchItemFailures every message succeeded, whatever it
     * returned. With it, a response naming an id that is not in the batch (or an empty one) fails
     * the whole batch, as Lambda does; in a FIFO queue a failed message also holds back the later
     * messages of its group, so that the group is redelivered in order.
     */
    static SqsBatchOutcome returned(List<Message> batch, Object result, boolean reportBatchItemFailures, boolean fifo) {
        if (!reportBatchItemFailures) {
            return new SqsBatchOutcome(batch, Set.of(), Optional.empty());
        }
        Set<String> ids = batch.stream().map(Message::messageId).collect(Collectors.toSet());
        Optional<Set<String>> reported = reportedFailures(result, ids);
        if (reported.isEmpty()) {
            return wholeBatchFailed(batch, "batch response is not a valid SQSBatchResponse for this batch (unknown, empty or null itemIdentifier)");
        }
        Set<String> failed = new HashSet<>(reported.get());
        if (fifo) {
            Set<String> heldGroups = new HashSet<>();
            for (Message message : batch) {
                String group = message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID);
                if (failed.contains(message.messageId()) || group != null && heldGroups.contains(group)) {
                    failed.add(message.messageId());
                    if (group != null) {
                        heldGroups.add(group);
                    }
                }
            }
        }
        List<Message> toDelete = batch.stream().filter(message -> !failed.contains(message.messageId())).toList();
        return new SqsBatchOutcome(toDelete, failed,
                failed.isEmpty() ? Optional.empty() : Optional.of("handler reported " + reported.get().size() + " failed item(s)"));
    }

    private static SqsBatchOutcome wholeBatchFailed(List<Message> batch, String problem) {
        return new SqsBatchOutcome(List.of(), batch.stream().map(Message::messageId).collect(Collectors.toSet()), Optional.of(problem));
    }

    /** The reported ids; empty when the response cannot be a batch response for this batch. */
    private static Optional<Set<String>> reportedFailures(Object result, Set<String> batchIds) {
        if (result == null) {
            return Optional.of(Set.of());
        }
        SQSBatchResponse response;
        if (result instanceof SQSBatchResponse typed) {
            response = typed;
        } else {
            // Lambda reads the handler's JSON answer: a Map or another POJO of the same shape counts too.
            try {
                response = EventJson.MAPPER.convertValue(result, SQSBatchResponse.class);
            } catch (IllegalArgumentException notABatchResponse) {
                return Optional.empty();
            }
        }
        if (response == null || response.getBatchItemFailures() == null) {
            return Optional.of(Set.of());
        }
        Set<String> ids = new HashSet<>();
        for (SQSBatchResponse.BatchItemFailure failure : response.getBatchItemFailures()) {
            String id = failure == null ? null : failure.getItemIdentifier();
            if (id == null || id.isEmpty() || !batchIds.contains(id)) {
                return Optional.empty();
            }
            ids.add(id);
        }
        return Optional.of(ids);
    }
}
