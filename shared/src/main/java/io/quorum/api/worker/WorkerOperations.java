package io.quorum.api.worker;

import io.quorum.api.v1.V1Gateway;
import io.quorum.engine.Engine;
import io.quorum.worker.WorkerId;
import java.time.Duration;

/** Each worker endpoint's work once the worker is known. */
public final class WorkerOperations {

    private WorkerOperations() {
    }

    public static WorkerOperation claim(Engine engine) {
        var useCase = engine.claim();
        Duration defaultLease = engine.defaultLease();
        return (worker, params) -> WorkerApi.claimed(useCase.execute(WorkerApi.claim(worker, params, defaultLease)));
    }

    public static WorkerOperation submit(Engine engine) {
        var useCase = engine.submit();
        return (worker, params) -> WorkerApi.submitted(useCase.execute(WorkerApi.submit(worker, params)));
    }

    public static WorkerOperation release(Engine engine) {
        var useCase = engine.release();
        return (worker, params) -> WorkerApi.released(useCase.execute(WorkerApi.release(worker, params)));
    }
}
