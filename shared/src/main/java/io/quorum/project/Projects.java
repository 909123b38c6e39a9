package io.quorum.project;

import io.quorum.config.Lazy;
import java.util.function.Consumer;

/** The project context's composition root: the customer's project, its settings, state and workflow. */
public final class Projects {

    private final Lazy<CreateProject> create;
    private final Lazy<UpdateProject> update;
    private final Lazy<AlterProjectState> alterState;
    private final Lazy<RetrieveProject> retrieve;
    private final Lazy<SetWorkflow> setWorkflow;
    private final Lazy<RetrieveWorkflow> retrieveWorkflow;

    private Projects(ProjectPorts ports, Consumer<ProjectId> onResume) {
        this.create = Lazy.of(() -> new CreateProject(ports.projects(), new ProjectIds(), ports.clock()));
        this.update = Lazy.of(() -> new UpdateProject(ports.projects(), ports.clock()));
        this.alterState = Lazy.of(() -> new AlterProjectState(ports.projects(), ports.clock(), onResume));
        this.retrieve = Lazy.of(() -> new RetrieveProject(ports.projects(), ports.submittedSampleCounts()));
        this.setWorkflow = Lazy.of(() -> new SetWorkflow(ports.projects(), ports.clock()));
        this.retrieveWorkflow = Lazy.of(() -> new RetrieveWorkflow(ports.projects()));
    }

    /** @param onResume told of every project that a start resumed, so that what it parked runs again */
    public static Projects from(ProjectPorts ports, Consumer<ProjectId> onResume) {
        return new Projects(ports, onResume);
    }

    public CreateProject create() {
        return create.get();
    }

    public UpdateProject update() {
        return update.get();
    }

    public AlterProjectState alterState() {
        return alterState.get();
    }

    public RetrieveProject retrieve() {
        return retrieve.get();
    }

    public SetWorkflow setWorkflow() {
        return setWorkflow.get();
    }

    public RetrieveWorkflow retrieveWorkflow() {
        return retrieveWorkflow.get();
    }
}
