package io.quorum.engine;

import io.quorum.project.ProjectId;
import java.time.Instant;

/**
 * Port: completing a project once nothing waits or is in its workflow.
 * Every change is conditional on what was read and atomic, throwing
 * {@link io.quorum.error.ConcurrentModificationException} when it lost a race, so callers re-read and decide again.
 */
public interface ProjectCompletions {

    /**
     * Completes the project when it runs, has samples, and none waits or is in the workflow any more;
     * false when it does not qualify.
     */
    boolean completeIfDone(ProjectId projectId, Instant at);
}
