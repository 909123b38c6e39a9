package io.quorum.project;

import io.quorum.workflow.Workflow;
import io.quorum.auth.UserId;
import java.util.Objects;

/** Use case: a customer reads the workflow a project runs: its custom one, or the one its spec implies. */
public final class RetrieveWorkflow {

    private final ProjectStore projects;

    public RetrieveWorkflow(ProjectStore projects) {
        this.projects = projects;
    }

    public View execute(Query query) {
        Project project = projects.findOwned(query.owner(), query.projectId());
        return new View(project.id(), project.workflow(), project.customWorkflow().isPresent());
    }

    public record Query(UserId owner, String projectId) {
        public Query {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(projectId, "projectId");
        }
    }

    /** {@code custom}: set with setWorkflow, rather than derived from the project's fields. */
    public record View(ProjectId projectId, Workflow workflow, boolean custom) {
        public View {
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(workflow, "workflow");
        }
    }
}
