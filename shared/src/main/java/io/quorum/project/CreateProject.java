package io.quorum.project;

import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.time.Clock;
import java.util.Objects;

/** Use case: a customer creates a project; its name is unique among the customer's live projects. */
public final class CreateProject {

    private final ProjectStore projects;
    private final ProjectIds ids;
    private final Clock clock;

    public CreateProject(ProjectStore projects, ProjectIds ids, Clock clock) {
        this.projects = projects;
        this.ids = ids;
        this.clock = clock;
    }

    public Project execute(Command command) {
        ProjectSpec spec;
        try {
            spec = ProjectSpec.from(command.draft());
        } catch (InvalidProjectSpecException invalid) {
            throw new DomainException(Failure.PROJECT_CREATE_REFUSED, invalid.getMessage());
        }
        Project project = Project.newProject(ids.next(projects.nextProjectNumber(command.owner())), command.owner(), spec, clock.now());
        try {
            projects.create(project);
        } catch (ProjectNameTakenException taken) {
            throw new DomainException(Failure.PROJECT_CREATE_REFUSED, taken.getMessage());
        }
        return project;
    }

    public record Command(UserId owner, ProjectDraft draft) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(draft, "draft");
        }
    }
}
