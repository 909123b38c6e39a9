package io.quorum.engine;

import java.time.Instant;
import java.util.Objects;

/**
 * The mark that a worker was handed a micro-task of one (sample, node), kept for good so that the worker
 * is never handed another one of it; it remembers the lease so that a late submit can be told apart.
 */
public record WorkerLock(TaskId taskId, String leaseSecretHash, Instant leaseExpiresAt, boolean released) {

    public WorkerLock {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(leaseSecretHash, "leaseSecretHash");
        Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
    }
}
