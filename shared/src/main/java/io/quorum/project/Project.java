package io.quorum.project;

import io.quorum.auth.UserId;
import java.time.Instant;
import io.quorum.workflow.Workflow;
import java.util.Objects;
import java.util.Optional;

/**
 * A labeling project as stored: its owner, configuration, lifecycle status and progress. Its
 * configuration is the spec and, once the customer set one, a custom workflow; without one the
 * project runs the one-node workflow its spec implies ({@link Workflow#of}).
 */
public record Project(ProjectId id, UserId owner, ProjectSpec spec, ProjectStatus status, Counters counters,
                      long amountSpentCents, Instant createdAt, Instant updatedAt, long version,
                      Optional<Workflow> customWorkflow) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(customWorkflow, "customWorkflow");
        if (amountSpentCents < 0) {
            throw new IllegalArgumentException("amountSpentCents cannot be negative");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    /** A project without a custom workflow. */
    public Project(ProjectId id, UserId owner, ProjectSpec spec, ProjectStatus status, Counters counters,
                   long amountSpentCents, Instant createdAt, Instant updatedAt, long version) {
        this(id, owner, spec, status, counters, amountSpentCents, createdAt, updatedAt, version, Optional.empty());
    }

    public static Project newProject(ProjectId id, UserId owner, ProjectSpec spec, Instant now) {
        return new Project(id, owner, spec, ProjectStatus.UNSTARTED, Counters.ZERO, 0, now, now, 1);
    }

    public Project withSpec(ProjectSpec newSpec, Instant now) {
        return new Project(id, owner, newSpec, status, counters, amountSpentCents, createdAt, now, version + 1, customWorkflow);
    }

    public Project withStatus(ProjectStatus newStatus, Instant now) {
        return new Project(id, owner, spec, newStatus, counters, amountSpentCents, createdAt, now, version + 1, customWorkflow);
    }

    /** This project running {@code workflow} instead of the one its spec implies. */
    public Project withWorkflow(Workflow workflow, Instant now) {
        return new Project(id, owner, spec, status, counters, amountSpentCents, createdAt, now, version + 1, Optional.of(workflow));
    }

    public boolean isOwnedBy(UserId caller) {
        return owner.equals(caller);
    }

    /** The project's workflow: the one set with setWorkflow, or the one-node workflow its spec implies. */
    public Workflow workflow() {
        return customWorkflow.orElseGet(() -> spec.derivedWorkflow(spec.repetition()));
    }
}
