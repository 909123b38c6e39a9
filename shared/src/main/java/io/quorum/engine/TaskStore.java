package io.quorum.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStatus;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.worker.WorkerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the engine's state (node states, micro-tasks, worker locks, parked micro-tasks) and the changes
 * that move samples and project counters with it. Reads are consistent; every change is conditional on
 * what was read and atomic, throwing {@link io.quorum.error.ConcurrentModificationException} when it
 * lost a race, so callers re-read and decide again.
 */
public interface TaskStore {

    Optional<MicroTask> find(TaskRef ref);

    /** The node state and every micro-task of one (sample, node); empty before the sample entered it. */
    Optional<NodeTasks> node(ProjectId projectId, SampleId sampleId, String nodeId);

    /** The node the sample is at, once it entered the workflow. */
    Optional<String> currentNode(ProjectId projectId, SampleId sampleId);

    /** The lock a worker holds on one (sample, node), if it was ever handed one of its micro-tasks. */
    Optional<WorkerLock> workerLock(ProjectId projectId, SampleId sampleId, String nodeId, WorkerId worker);

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

    /** Stores the answer of a leased micro-task, conditional on the same lease. */
    void answer(MicroTask before, JsonNode canonicalAnswer, Instant at);

    /** Gives a leased micro-task back (queued, no lease); the worker keeps its lock, marked released. */
    void release(MicroTask before);

    /**
     * Moves an ingested pending sample into the workflow: sample pending to processing, the project's
     * counters (noStart - 1, processing + 1, only while it runs), the node state and its micro-tasks.
     */
    List<MicroTask> enterFirstNode(Sample sample, NodeEntry entry, Instant at);

    /** Issues {@code extra} more micro-tasks for an undecided node, conditional on its version. */
    List<MicroTask> issueMore(NodeState before, int extra, Instant at);

    /** Writes a decision (see {@link Decision}); answers the next node's new micro-tasks. */
    List<MicroTask> decide(Decision decision);

    /**
     * Completes the project when it runs, has samples, and none waits or is in the workflow any more;
     * false when it does not qualify.
     */
    boolean completeIfDone(ProjectId projectId, Instant at);

    /**
     * The project's samples in id order after {@code after}, at most {@code limit} examined, those with a
     * status in {@code statuses} (every status when empty) answered; {@code next} is the last examined id.
     */
    Page<SampleProgress> samples(ProjectId projectId, Optional<String> after, int limit, Set<SampleStatus> statuses);

    /** Up to {@code limit} of the project's parked micro-tasks. */
    List<TaskId> parked(ProjectId projectId, int limit);

    /** Queues a parked micro-task again and drops it from the parked list; false when it was not parked. */
    boolean unpark(ProjectId projectId, TaskId taskId);
}
