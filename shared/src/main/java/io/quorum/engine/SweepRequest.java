package io.quorum.engine;

import io.quorum.project.ProjectId;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispatch-queue message: continue putting a project's waiting work on the task queue. {@code SAMPLES}
 * pages through its ingested pending samples from {@code cursor}; {@code UNPARK} returns its parked
 * micro-tasks to the queue.
 */
public record SweepRequest(ProjectId projectId, Phase phase, Optional<String> cursor) {

    public enum Phase { SAMPLES, UNPARK }

    public SweepRequest {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(cursor, "cursor");
    }

    public static SweepRequest start(ProjectId projectId) {
        return new SweepRequest(projectId, Phase.SAMPLES, Optional.empty());
    }
}
