package io.quorum.aws.sqs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
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
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(toJson(request)));
    }

    public static String toJson(SweepRequest request) {
        ObjectNode body = Json.object();
        body.put("projectId", request.projectId().value());
        body.put("kind", request.phase().name().toLowerCase(Locale.ROOT));
        request.cursor().ifPresent(cursor -> body.put("cursor", cursor));
        return body.toString();
    }

    public static Optional<SweepRequest> parse(String body) {
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            String projectId = json.path("projectId").asText("");
            String kind = json.path("kind").asText("samples");
            if (!ProjectId.isWellFormed(projectId) || !(kind.equals("samples") || kind.equals("unpark"))) {
                return Optional.empty();
            }
            Optional<String> cursor = json.hasNonNull("cursor") ? Optional.of(json.get("cursor").asText()) : Optional.empty();
            return Optional.of(new SweepRequest(new ProjectId(projectId), SweepRequest.Phase.valueOf(kind.toUpperCase(Locale.ROOT)), cursor));
        } catch (JsonProcessingException | RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
