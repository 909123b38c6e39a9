package io.quorum.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.project.ProjectId;
import io.quorum.worker.WorkerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One worker's share of labeling one sample at one node. While leased it names its worker, the hash
 * of the lease secret its token carries, when the lease ends and the queue receipt it was handed out
 * under; once answered, the canonical answer. {@code version} guards every change.
 */
public record MicroTask(ProjectId projectId, TaskId id, TaskState state, Optional<WorkerId> worker,
                        Optional<String> leaseSecretHash, Optional<Instant> leaseExpiresAt, Optional<String> receiptHandle,
                        Optional<JsonNode> answer, Optional<Instant> answeredAt, long version) {

    public MicroTask {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(leaseSecretHash, "leaseSecretHash");
        Objects.requireNonNull(leaseExpiresAt, "leaseExpiresAt");
        Objects.requireNonNull(receiptHandle, "receiptHandle");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        if (state == TaskState.ANSWERED && (answer.isEmpty() || answeredAt.isEmpty() || worker.isEmpty())) {
            throw new IllegalArgumentException("an answered micro-task names its worker, answer and time");
        }
        if (state == TaskState.LEASED && (worker.isEmpty() || leaseSecretHash.isEmpty() || leaseExpiresAt.isEmpty())) {
            throw new IllegalArgumentException("a leased micro-task names its worker, lease secret and expiry");
        }
    }

    public static MicroTask queued(ProjectId projectId, TaskId id) {
        return new MicroTask(projectId, id, TaskState.QUEUED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1);
    }

    public TaskRef ref() {
        return new TaskRef(projectId, id);
    }

    /** Leased and the lease has not run out at {@code now}. */
    public boolean isLeasedAt(Instant now) {
        return state == TaskState.LEASED && leaseExpiresAt.orElseThrow().isAfter(now);
    }

    /** A worker may be handed this micro-task at {@code now} (the project permitting). */
    public boolean isAvailableAt(Instant now) {
        return state == TaskState.QUEUED || state == TaskState.PARKED || (state == TaskState.LEASED && !isLeasedAt(now));
    }

    public MicroTask leased(WorkerId to, String secretHash, Instant expiresAt, String receipt) {
        return new MicroTask(projectId, id, TaskState.LEASED, Optional.of(to), Optional.of(secretHash), Optional.of(expiresAt),
                Optional.ofNullable(receipt), Optional.empty(), Optional.empty(), version + 1);
    }

    public MicroTask answered(JsonNode canonical, Instant at) {
        return new MicroTask(projectId, id, TaskState.ANSWERED, worker, leaseSecretHash, leaseExpiresAt, receiptHandle,
                Optional.of(canonical), Optional.of(at), version + 1);
    }

    public MicroTask released() {
        return new MicroTask(projectId, id, TaskState.QUEUED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), version + 1);
    }

    public MicroTask parked() {
        return new MicroTask(projectId, id, TaskState.PARKED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), version + 1);
    }

    public MicroTask unparked() {
        return new MicroTask(projectId, id, TaskState.QUEUED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), version + 1);
    }
}
