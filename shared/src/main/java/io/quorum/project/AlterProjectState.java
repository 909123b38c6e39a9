package io.quorum.project;

import io.quorum.auth.UserId;
import io.quorum.error.ConcurrentModificationException;
import io.quorum.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** Use case: a customer starts, pauses or deletes a project, following {@link ProjectLifecycle}. */
public final class AlterProjectState {

    private static final int ATTEMPTS = 3;

    private final ProjectStore projects;
    private final Clock clock;

    public AlterProjectState(ProjectStore projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    public Receipt execute(Command command) {
        for (int attempt = 1; ; attempt++) {
            Project current = projects.findOwned(command.owner(), command.projectId());
            ProjectStatus next = ProjectLifecycle.next(current, command.change());
            Instant now = clock.now();
            try {
                projects.changeStatus(current, next, now);
                return new Receipt(current.id(), command.change(), current.status(), next, now);
            } catch (ConcurrentModificationException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
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
