package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import io.quorum.worker.WorkerId;
import java.util.Optional;

/**
 * Port: one micro-task and the lock its worker holds, read consistently.
 * Every change is conditional on what was read and atomic, throwing
 * {@link io.quorum.error.ConcurrentModificationException} when it lost a race, so callers re-read and decide again.
 */
public interface MicroTaskReads {

    Optional<MicroTask> find(TaskRef ref);

    /** The lock a worker holds on one (sample, node), if it was ever handed one of its micro-tasks. */
    Optional<WorkerLock> workerLock(ProjectId projectId, SampleId sampleId, String nodeId, WorkerId worker);
}
