package io.quorum.project;

import io.quorum.auth.UserId;
import io.quorum.error.OptimisticRetry;
import io.quorum.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Use case: a customer starts, pauses or deletes a project, following {@link ProjectLifecycle}. */
public final class AlterProjectState {

    private final ProjectStore projects;
    private final Clock clock;

    public AlterProjectState(ProjectStore projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    public Receipt execute(Command command) {
        return OptimisticRetry.run(() -> {
            Project current = projects.findOwned(command.owner(), command.projectId());
            ProjectStatus next = ProjectLifecycle.next(current, command.change());
            Instant now = clock.now();
            projects.changeStatus(current, next, now);
            return new Receipt(current.id(), command.change(), current.status(), next, now);
        });
    }

    public record Command(UserId owner, String projectId, StateChange change) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(change, "change");
        }
    }

    public record Receipt(ProjectId projectId, StateChange change, ProjectStatus from, ProjectStatus to, Instant at) {
    }
}
