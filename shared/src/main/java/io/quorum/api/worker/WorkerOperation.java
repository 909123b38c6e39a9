package io.quorum.api.worker;

import io.quorum.api.v1.V1Gateway;
import io.quorum.worker.WorkerId;

/** One worker endpoint's work once the worker's signature is checked. */
@FunctionalInterface
public interface WorkerOperation extends V1Gateway.Operation<WorkerId> {
}
