package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port of dispatch: samples entering their first node, and parked micro-tasks put back.
 * Every change is conditional on what was read and atomic, throwing
 * {@link io.quorum.error.ConcurrentModificationException} when it lost a race, so callers re-read and decide again.
 */
public interface WorkflowEntries extends NodeReads, ProjectCompletions, ResultPages {

    /** The node the sample is at, once it entered the workflow. */
    Optional<String> currentNode(ProjectId projectId, SampleId sampleId);

    /**
     * Moves an ingested pending sample into the workflow: sample pending to processing, the project's
     * counters (noStart - 1, processing + 1, only while it runs), the node state and its micro-tasks.
     */
    List<MicroTask> enterFirstNode(Sample sample, NodeEntry entry, Instant at);

    /** Up to {@code limit} of the project's parked micro-tasks. */
    List<TaskId> parked(ProjectId projectId, int limit);

    /** Queues a parked micro-task again and drops it from the parked list; false when it was not parked. */
    boolean unpark(ProjectId projectId, TaskId taskId);
}
