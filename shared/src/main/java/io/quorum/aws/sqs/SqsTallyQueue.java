package io.quorum.aws.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import io.quorum.engine.TallyRequestCodec;
import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import io.quorum.engine.TallyQueue;
import io.quorum.engine.TallyRequest;
import io.quorum.engine.TaskId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The tally queue on SQS FIFO: message group = the sample ({@code projectId#sampleId}), so one sample's
 * tallies run one at a time; deduplication id = the project and the micro-task (hashed when SQS would not take it as is).
 */
public final class SqsTallyQueue implements TallyQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsTallyQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(TallyRequest request, TaskId answered) {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(TallyRequestCodec.toJson(request))
                .messageGroupId(request.group()).messageDeduplicationId(deduplicationId(request, answered)));
    }

    /** Project and micro-task: a micro-task id alone repeats across projects whose samples share a source. */
    static String deduplicationId(TallyRequest request, TaskId answered) {
        return sqsId(request.projectId().value() + "/" + answered.value());
    }

    /** SQS takes up to 128 characters of ASCII letters, digits and punctuation. */
    static String sqsId(String id) {
        if (id.length() <= 128 && id.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return id;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }


}
