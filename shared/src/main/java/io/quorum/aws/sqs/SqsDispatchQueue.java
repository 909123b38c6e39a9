package io.quorum.aws.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import io.quorum.engine.SweepRequestCodec;
import io.quorum.project.ProjectId;
import io.quorum.engine.DispatchQueue;
import io.quorum.engine.SweepRequest;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The dispatch queue on SQS (standard): {@code {projectId, kind: "samples"|"unpark", cursor?}}, one page each. */
public final class SqsDispatchQueue implements DispatchQueue {

    private final SqsClient sqs;
    private final String queueUrl;

    public SqsDispatchQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    @Override
    public void send(SweepRequest request) {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(SweepRequestCodec.toJson(request)));
    }


}
