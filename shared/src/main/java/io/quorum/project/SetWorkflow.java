package io.quorum.project;

import io.quorum.workflow.Workflow;
import io.quorum.workflow.WorkflowCodec;
import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.UserId;
import io.quorum.error.OptimisticRetry;
import io.quorum.time.Clock;
import java.util.Objects;

/**
 * Use case: a customer gives a project its own workflow, allowed exactly while setProject is (before
 * the project is started). The workflow is checked against the project's type and written as part of
 * its configuration, conditional on the version and status that were read.
 */
public final class SetWorkflow {

    private final ProjectStore projects;
    private final Clock clock;

    public SetWorkflow(ProjectStore projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    public Project execute(Command command) {
        return OptimisticRetry.run(() -> {
            Project current = projects.findOwned(command.owner(), command.projectId());
            ProjectLifecycle.requireConfigurable(current);
            Workflow workflow = WorkflowCodec.read(command.workflow(), current.spec().type());
            Project updated = current.withWorkflow(workflow, clock.now());
            projects.replaceSpec(current, updated);
            return updated;
        });
    }

    /** {@code workflow} is the workflow JSON as sent; it is read once the project's type is known. */
    public record Command(UserId owner, String projectId, JsonNode workflow) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(projectId, "projectId");
            workflow = Objects.requireNonNull(workflow, "workflow").deepCopy();
        }
    }
}
