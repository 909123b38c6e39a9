package io.quorum.api.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.api.v1.Params;
import io.quorum.json.Json;
import io.quorum.admin.CreateWorker;
import io.quorum.worker.Worker;

/** Reads the operator's worker requests and writes their answers. */
public final class WorkerAdminViews {

    private WorkerAdminViews() {
    }

    public static CreateWorker.Command createWorker(Params body) {
        String name = body.optionalString("name").orElse("");
        body.finish();
        return new CreateWorker.Command(name);
    }

    /** The only answer that ever carries the worker's secret key. */
    public static ObjectNode workerCreated(Worker worker) {
        ObjectNode data = Json.object();
        data.put("workerId", worker.id().value());
        data.put("secretKey", worker.secretKey().value());
        data.put("name", worker.name());
        data.put("created", worker.createdAt().getEpochSecond());
        return data;
    }
}
