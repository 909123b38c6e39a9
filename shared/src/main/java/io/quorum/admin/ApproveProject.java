package io.quorum.admin;

import io.quorum.engine.DispatchQueue;
import io.quorum.engine.SweepRequest;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.error.OptimisticRetry;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStatus;
import io.quorum.project.ProjectStore;
import io.quorum.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Use case: an operator approves a project under review; it runs and its waiting samples are dispatched. */
public final class ApproveProject {

    private static final Logger LOG = LoggerFactory.getLogger(ApproveProject.class);

    private final ProjectStore projects;
    private final DispatchQueue dispatchQueue;
    private final Clock clock;

    public ApproveProject(ProjectStore projects, DispatchQueue dispatchQueue, Clock clock) {
        this.projects = projects;
        this.dispatchQueue = dispatchQueue;
        this.clock = clock;
    }

    public Project execute(String projectId) {
        Project running = OptimisticRetry.run(() -> {
            Project project = Optional.ofNullable(projectId).filter(ProjectId::isWellFormed)
                    .flatMap(id -> projects.find(new ProjectId(id)))
                    .filter(p -> p.status() != ProjectStatus.DELETED)
                    .orElseThrow(() -> new DomainException(Failure.PROJECT_NOT_FOUND, "no project with this projectId"));
            if (project.status() != ProjectStatus.CHECKING) {
                throw new DomainException(Failure.PROJECT_STATE_CONFLICT,
                        "only a project under review (checking) can be approved; this one is " + project.status().wireName());
            }
            projects.changeStatus(project, ProjectStatus.RUNNING, clock.now());
            return project.withStatus(ProjectStatus.RUNNING, clock.now());
        });
        try {
            dispatchQueue.send(SweepRequest.start(running.id()));
        } catch (RuntimeException unavailable) {
            LOG.atWarn().addKeyValue("projectId", running.id().value()).addKeyValue("cause", unavailable.toString())
                    .log("approved, but the dispatch sweep could not be queued");
            throw new DomainException(Failure.QUEUE_UNAVAILABLE,
                    "the project runs, but dispatching its samples could not be queued; pause and start it to dispatch them");
        }
        LOG.atInfo().addKeyValue("projectId", running.id().value()).log("project approved");
        return Objects.requireNonNull(running);
    }
}
