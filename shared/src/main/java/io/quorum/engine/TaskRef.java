package io.quorum.engine;

import io.quorum.project.ProjectId;
import java.util.Objects;

/** What a task-queue message names: one micro-task of one project. A duplicate message is harmless. */
public record TaskRef(ProjectId projectId, TaskId taskId) {

    public TaskRef {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(taskId, "taskId");
    }
}
