package io.quorum.api.worker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.api.v1.Params;
import io.quorum.error.DomainException;
import io.quorum.json.Json;
import io.quorum.engine.ClaimTask;
import io.quorum.engine.ReleaseTask;
import io.quorum.engine.SubmitAnswer;
import io.quorum.worker.WorkerId;
import io.quorum.workflow.TaskNode;
import java.time.Duration;
import java.util.Optional;

/** Reads the worker API's params into commands and writes its answers (v1 envelope, signed by the worker). */
public final class WorkerApi {

    private WorkerApi() {
    }

    public static ClaimTask.Command claim(WorkerId worker, Params params, Duration defaultLease) {
        Optional<String> projectId = params.optionalString("projectId");
        Optional<Long> leaseSeconds = params.optionalLong("leaseSeconds");
        params.finish();
        if (leaseSeconds.isPresent() && (leaseSeconds.get() < 1 || leaseSeconds.get() > ClaimTask.MAX_LEASE_SECONDS)) {
            throw DomainException.invalidParameter(params.field("leaseSeconds") + " must be between 1 and " + ClaimTask.MAX_LEASE_SECONDS);
        }
        return new ClaimTask.Command(worker, projectId, leaseSeconds.map(Duration::ofSeconds).orElse(defaultLease));
    }

    public static SubmitAnswer.Command submit(WorkerId worker, Params params) {
        String token = params.requiredString("taskToken");
        var answer = params.requiredJson("answer");
        params.finish();
        return new SubmitAnswer.Command(worker, token, answer);
    }

    public static ReleaseTask.Command release(WorkerId worker, Params params) {
        String token = params.requiredString("taskToken");
        params.finish();
        return new ReleaseTask.Command(worker, token);
    }

    public static ObjectNode claimed(ClaimTask.Claimed claimed) {
        TaskNode node = claimed.node();
        ObjectNode data = Json.object();
        data.put("taskToken", claimed.token().encode());
        data.put("projectId", claimed.project().id().value());
        data.put("sampleId", claimed.sample().id().value());
        data.put("nodeId", node.id());
        data.put("taskType", node.taskType().wireName());
        data.put("question", node.question());
        ArrayNode options = data.putArray("options");
        node.options().forEach(options::add);
        data.put("objectMarked", node.objectMarked());
        data.put("instruction", node.instruction());
        data.put("resourceType", claimed.sample().resourceType().wireName());
        data.put("resourceURL", claimed.resourceUrl().toString());
        if (claimed.text().isPresent()) {
            data.put("text", claimed.text().get());
        } else {
            data.putNull("text");
        }
        var stored = claimed.sample().stored().orElseThrow();
        if (stored.imageWidth().isPresent()) {
            data.put("imageWidth", stored.imageWidth().getAsInt());
        } else {
            data.putNull("imageWidth");
        }
        if (stored.imageHeight().isPresent()) {
            data.put("imageHeight", stored.imageHeight().getAsInt());
        } else {
            data.putNull("imageHeight");
        }
        data.put("leaseExpiresAt", claimed.leaseExpiresAt().toEpochMilli());
        return data;
    }

    public static ObjectNode submitted(SubmitAnswer.Receipt receipt) {
        ObjectNode data = Json.object();
        data.put("taskToken", receipt.token());
        data.put("accepted", true);
        data.put("duplicate", receipt.duplicate());
        return data;
    }

    public static ObjectNode released(String token) {
        ObjectNode data = Json.object();
        data.put("taskToken", token);
        data.put("released", true);
        return data;
    }
}
