package io.quorum.api.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.json.Json;
import io.quorum.sample.Sample;
import io.quorum.engine.RetrieveResults;
import io.quorum.engine.SampleProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** retrieveResults: reads its params and writes each sample with the result of every node it passed. */
public final class ResultViews {

    private ResultViews() {
    }

    public static RetrieveResults.Query query(UserId caller, Params params) {
        String projectId = params.requiredString("projectId");
        Optional<String> cursor = params.optionalString("cursor");
        Optional<Long> pageSize = params.optionalLong("pageSize");
        params.finish();
        long size = pageSize.orElse((long) RetrieveResults.DEFAULT_PAGE);
        if (size < 1 || size > RetrieveResults.MAX_PAGE) {
            throw DomainException.invalidParameter(params.field("pageSize") + " must be between 1 and " + RetrieveResults.MAX_PAGE);
        }
        return new RetrieveResults.Query(caller, projectId, cursor, (int) size);
    }

    public static ObjectNode results(RetrieveResults.Results results) {
        ObjectNode data = Json.object();
        data.put("projectId", results.project().id().value());
        ArrayNode list = data.putArray("results");
        for (SampleProgress progress : results.samples()) {
            Sample sample = progress.sample();
            ObjectNode entry = list.addObject();
            entry.put("sampleId", sample.id().value());
            entry.put("source", sample.source());
            entry.put("resourceType", sample.resourceType().wireName());
            entry.put("status", sample.status().wireName());
            sample.failureReason().ifPresent(reason -> entry.put("failureReason", reason));
            ArrayNode labels = entry.putArray("labels");
            labels(progress.results()).forEach(labels::add);
        }
        if (results.nextCursor().isPresent()) {
            data.put("nextCursor", results.nextCursor().get());
        } else {
            data.putNull("nextCursor");
        }
        return data;
    }

    /** Each node's result in the order the nodes were decided. */
    private static List<ObjectNode> labels(Map<String, String> byNode) {
        List<ObjectNode> labels = new ArrayList<>();
        for (Map.Entry<String, String> entry : byNode.entrySet()) {
            JsonNode stored;
            try {
                stored = Json.MAPPER.readTree(entry.getValue());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored result is JSON", e);
            }
            ObjectNode label = Json.object();
            label.put("nodeId", entry.getKey());
            label.set("taskType", stored.get("taskType"));
            label.set("label", stored.get("label"));
            label.set("confidence", stored.get("confidence"));
            label.set("lowConfidence", stored.get("lowConfidence"));
            label.set("answers", stored.get("answers"));
            label.put("decidedAt", stored.path("decidedAt").asLong());
            labels.add(label);
        }
        labels.sort(Comparator.comparingLong((ObjectNode label) -> label.get("decidedAt").asLong()).thenComparing(l -> l.get("nodeId").asText()));
        labels.forEach(label -> label.remove("decidedAt"));
        return labels;
    }
}
