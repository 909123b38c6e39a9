package io.quorum.project;

import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.error.OptimisticRetry;
import io.quorum.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: a customer starts, pauses or deletes a project, following {@link ProjectLifecycle}. A resume
 * (start on a paused project) is reported to {@code onResume} after the status is written, so that the
 * engine hands the project's waiting work out again.
 */
public final class AlterProjectState {

    private static final Logger LOG = LoggerFactory.getLogger(AlterProjectState.class);

    private final ProjectStore projects;
    private final Clock clock;
    private final Consumer<ProjectId> onResume;

    public AlterProjectState(ProjectStore projects, Clock clock) {
        this(projects, clock, resumed -> { });
    }

    public AlterProjectState(ProjectStore projects, Clock clock, Consumer<ProjectId> onResume) {
        this.projects = projects;
        this.clock = clock;
        this.onResume = Objects.requireNonNull(onResume, "onResume");
    }

    public Receipt execute(Command command) {
        Receipt receipt = OptimisticRetry.run(() -> {
            Project current = projects.findOwned(command.owner(), command.projectId());
            ProjectStatus next = ProjectLifecycle.next(current, command.change());
            Instant now = clock.now();
            projects.changeStatus(current, next, now);
            return new Receipt(current.id(), command.change(), current.status(), next, now);
        });
        if (receipt.from() == ProjectStatus.PAUSED && receipt.to() == ProjectStatus.RUNNING) {
            try {
                onResume.accept(receipt.projectId());
            } catch (RuntimeException unavailable) {
                LOG.atWarn().addKeyValue("projectId", receipt.projectId().value()).addKeyValue("cause", unavailable.toString())
                        .log("resumed, but handing out the waiting work could not be queued");
                throw new DomainException(Failure.QUEUE_UNAVAILABLE,
                        "the project runs again, but its waiting work could not be queued; pause and start it again");
            }
        }
        return receipt;
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
