package io.quorum.aws.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.UserId;
import io.quorum.json.Json;
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
                entries.add(SendMessageBatchRequestEntry.builder().id(Integer.toString(i)).messageBody(toJson(batch.get(i))).build());
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

    /** The message body the fetcher reads. */
    public static String toJson(IngestRequest request) {
        ObjectNode body = Json.object();
        body.put("owner", request.owner().value());
        body.put("projectId", request.projectId().value());
        body.put("sampleId", request.sampleId().value());
        body.put("url", request.url());
        body.put("resourceType", request.resourceType().wireName());
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Reads a message body that {@link #toJson} wrote; {@link IllegalArgumentException} for anything else. */
    public static IngestRequest fromJson(String body) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the message is not JSON", e);
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the message is not a JSON object");
        }
        try {
            return new IngestRequest(new UserId(text(json, "owner")), new ProjectId(text(json, "projectId")),
                    new SampleId(text(json, "sampleId")), text(json, "url"),
                    ResourceType.fromWire(text(json, "resourceType")).orElseThrow(() -> new IllegalArgumentException("unknown resourceType")));
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("the message lacks a field", e);
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("the message has no text field " + field);
        }
        return value.textValue();
    }
}
