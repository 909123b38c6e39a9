package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import java.util.Optional;

/**
 * Port: the state of one (sample, node) and its micro-tasks.
 * Every change is conditional on what was read and atomic, throwing
 * {@link io.quorum.error.ConcurrentModificationException} when it lost a race, so callers re-read and decide again.
 */
public interface NodeReads {

    /** The node state and every micro-task of one (sample, node); empty before the sample entered it. */
    Optional<NodeTasks> node(ProjectId projectId, SampleId sampleId, String nodeId);
}
