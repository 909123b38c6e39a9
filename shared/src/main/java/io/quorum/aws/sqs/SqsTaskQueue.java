package io.quorum.aws.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import io.quorum.engine.TaskMessageCodec;
import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import io.quorum.engine.TaskDelivery;
import io.quorum.engine.TaskId;
import io.quorum.engine.TaskQueue;
import io.quorum.engine.TaskRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * The task queue on SQS (standard): one message {@code {projectId, sampleId, nodeId, slot}} per micro-task,
 * sent ten at a time; received without waiting, hidden for the lease.
 */
public final class SqsTaskQueue implements TaskQueue {

    private static final Logger LOG = LoggerFactory.getLogger(SqsTaskQueue.class);
    private static final int SQS_BATCH_LIMIT = 10;

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsTaskQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(List<TaskRef> tasks) {
        for (int from = 0; from < tasks.size(); from += SQS_BATCH_LIMIT) {
            List<TaskRef> batch = tasks.subList(from, Math.min(tasks.size(), from + SQS_BATCH_LIMIT));
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(TaskMessageCodec.toJson(batch.get(i))).build());
            }
            List<SendMessageBatchRequestEntry> failed = sendBatch(entries);
            if (!failed.isEmpty() && !sendBatch(failed).isEmpty()) {
                throw new IllegalStateException(failed.size() + " task messages were refused by SQS");
            }
        }
    }

    private List<SendMessageBatchRequestEntry> sendBatch(List<SendMessageBatchRequestEntry> entries) {
        SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
        List<String> failedIds = response.failed().stream().map(BatchResultErrorEntry::id).toList();
        return entries.stream().filter(entry -> failedIds.contains(entry.id())).toList();
    }

    @Override
    public List<TaskDelivery> receive(int max, Duration hiddenFor) {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(max)
                .visibilityTimeout(Math.toIntExact(hiddenFor.getSeconds())).waitTimeSeconds(0)).messages();
        List<TaskDelivery> deliveries = new ArrayList<>();
        for (Message message : messages) {
            Optional<TaskRef> ref = TaskMessageCodec.parse(message.body());
            if (ref.isPresent()) {
                deliveries.add(new TaskDelivery(ref.get(), message.receiptHandle()));
            } else {
                LOG.atWarn().addKeyValue("messageId", message.messageId()).log("task message that names no micro-task is dropped");
                delete(message.receiptHandle());
            }
        }
        return deliveries;
    }

    @Override
    public void delete(String receiptHandle) {
        sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(receiptHandle));
    }

    @Override
    public void hide(String receiptHandle, Duration hiddenFor) {
        sqs.changeMessageVisibility(r -> r.queueUrl(queueUrl).receiptHandle(receiptHandle)
                .visibilityTimeout(Math.toIntExact(hiddenFor.getSeconds())));
    }

    /** ChangeMessageVisibilityBatch, ten at a time. */
    @Override
    public void showAgain(List<String> receiptHandles) {
        for (int from = 0; from < receiptHandles.size(); from += SQS_BATCH_LIMIT) {
            List<String> batch = receiptHandles.subList(from, Math.min(receiptHandles.size(), from + SQS_BATCH_LIMIT));
            List<ChangeMessageVisibilityBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                entries.add(ChangeMessageVisibilityBatchRequestEntry.builder()
                        .id(Integer.toString(i)).receiptHandle(batch.get(i)).visibilityTimeout(0).build());
            }
            ChangeMessageVisibilityBatchResponse response = sqs.changeMessageVisibilityBatch(r -> r.queueUrl(queueUrl).entries(entries));
            if (response.hasFailed() && !response.failed().isEmpty()) {
                throw new IllegalStateException(response.failed().size() + " messages could not be made visible again: "
                        + response.failed().get(0).message());
            }
        }
    }


}
