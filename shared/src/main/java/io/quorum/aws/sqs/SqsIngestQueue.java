package io.quorum.aws.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.UserId;
import io.quorum.json.Json;
import io.quorum.sample.IngestRequestCodec;
import io.quorum.project.ProjectId;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.SampleId;
import io.quorum.sample.IngestQueue;
import io.quorum.sample.IngestRequest;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** The ingest queue on SQS: one message per sample, sent ten at a time; entries SQS refuses are sent once more. */
public final class SqsIngestQueue implements IngestQueue {

    private static final int SQS_BATCH_LIMIT = 10;

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsIngestQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void enqueue(List<IngestRequest> requests) {
        for (int from = 0; from < requests.size(); from += SQS_BATCH_LIMIT) {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            List<IngestRequest> batch = requests.subList(from, Math.min(requests.size(), from + SQS_BATCH_LIMIT));
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(IngestRequestCodec.toJson(batch.get(i))).build());
            }
            List<SendMessageBatchRequestEntry> failed = send(entries);
            if (!failed.isEmpty() && !send(failed).isEmpty()) {
                throw new IllegalStateException(failed.size() + " ingest messages were refused by SQS");
            }
        }
    }

    private List<SendMessageBatchRequestEntry> send(List<SendMessageBatchRequestEntry> entries) {
        SendMessageBatchResponse response = sqs.sendMessageBatch(r -> r.queueUrl(queueUrl).entries(entries));
        List<String> failedIds = response.failed().stream().map(BatchResultErrorEntry::id).toList();
        return entries.stream().filter(entry -> failedIds.contains(entry.id())).toList();
    }



}
