package io.quorum.engine;

import io.quorum.project.ProjectStatus;
import io.quorum.worker.WorkerId;
import java.time.Instant;

/**
 * Port of the worker API (claim, submit, release): leases on micro-tasks and the answers given under them.
 * Every change is conditional on what was read and atomic, throwing
 * {@link io.quorum.error.ConcurrentModificationException} when it lost a race, so callers re-read and decide again.
 */
public interface TaskLeases extends MicroTaskReads {

    enum LeaseOutcome { LEASED, WORKER_ALREADY_SERVED, RACED }

    /**
     * Leases an available micro-task (as read in {@code before}) to a worker who never had one of its
     * (sample, node), taking the worker's lock in the same step; a parked one leaves the parked list.
     */
    LeaseOutcome lease(MicroTask before, WorkerId worker, String secretHash, Instant expiresAt, String receiptHandle);

    /**
     * Parks a micro-task (as read in {@code before}) and lists it among its project's parked ones,
     * provided the project still has {@code projectStatus}; false when either changed meanwhile.
     */
    boolean park(MicroTask before, ProjectStatus projectStatus);

    /** Stores the answer (canonical JSON) of a leased micro-task, conditional on the same lease. */
    void answer(MicroTask before, String canonicalAnswerJson, Instant at);

    /** Gives a leased micro-task back (queued, no lease); the worker keeps its lock, marked released. */
    void release(MicroTask before);
}
