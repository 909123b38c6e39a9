package io.quorum.project;

import io.quorum.workflow.ProjectType;
import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.error.OptimisticRetry;
import io.quorum.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Use case: a customer changes a project's configuration, which is allowed until it is submitted. */
public final class UpdateProject {

    private final ProjectStore projects;
    private final Clock clock;

    public UpdateProject(ProjectStore projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    public Project execute(Command command) {
        return OptimisticRetry.run(() -> {
            Project current = projects.findOwned(command.owner(), command.projectId());
            ProjectLifecycle.requireConfigurable(current);
            if (command.changes().isEmpty()) {
                throw new DomainException(Failure.PROJECT_UPDATE_REFUSED, "the request changes nothing; send at least one field to change");
            }
            ProjectSpec spec;
            try {
                spec = ProjectSpec.from(baseFor(current, command.changes()).overlay(command.changes()));
            } catch (InvalidProjectSpecException invalid) {
                throw new DomainException(Failure.PROJECT_UPDATE_REFUSED, invalid.getMessage());
            }
            if (current.counters().items() > 0 && !spec.type().acceptsAllOf(current.spec().type())) {
                throw new DomainException(Failure.PROJECT_UPDATE_REFUSED, "the project already has " + current.counters().items()
                        + " resources that a " + spec.type().wireName() + " project cannot label");
            }
            refuseWorkflowThatCannotRunOn(current, spec.type());
            Project updated = current.withSpec(spec, clock.now());
            try {
                projects.replaceSpec(current, updated);
            } catch (ProjectNameTakenException taken) {
                throw new DomainException(Failure.PROJECT_UPDATE_REFUSED, taken.getMessage());
            }
            return updated;
        });
    }

    /** A custom workflow stays when the type changes, so it must still fit the new type's resources. */
    private static void refuseWorkflowThatCannotRunOn(Project current, ProjectType newType) {
        if (newType == current.spec().type() || current.customWorkflow().isEmpty()) {
            return;
        }
        List<String> problems = current.customWorkflow().get().problemsOn(newType);
        if (!problems.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            reasons.add("the project's workflow cannot run on a " + newType.wireName() + " project; change the workflow first");
            reasons.addAll(problems);
            throw new DomainException(Failure.PROJECT_UPDATE_REFUSED, reasons);
        }
    }

    /** The current configuration to change; a change of kind starts without the old kind's options or objectMarked. */
    private static ProjectDraft baseFor(Project current, ProjectDraft changes) {
        ProjectDraft base = current.spec().toDraft();
        boolean kindChanges = changes.type() != null && ProjectType.fromWire(changes.type())
                .map(type -> type.kind() != current.spec().type().kind())
                .orElse(false);
        return kindChanges ? base.withoutKindSpecificFields() : base;
    }

    public record Command(UserId owner, String projectId, ProjectDraft changes) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(changes, "changes");
        }
    }
}
