package io.quorum.project;

import io.quorum.auth.UserId;
import java.time.Instant;
import java.util.Objects;

/** A labeling project as stored: its owner, configuration, lifecycle status and progress. */
public record Project(ProjectId id, UserId owner, ProjectSpec spec, ProjectStatus status, Counters counters,
                      long amountSpentCents, Instant createdAt, Instant updatedAt, long version) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (amountSpentCents < 0) {
            throw new IllegalArgumentException("amountSpentCents cannot be negative");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    public static Project newProject(ProjectId id, UserId owner, ProjectSpec spec, Instant now) {
        return new Project(id, owner, spec, ProjectStatus.UNSTARTED, Counters.ZERO, 0, now, now, 1);
    }

    public Project withSpec(ProjectSpec newSpec, Instant now) {
        return new Project(id, owner, newSpec, status, counters, amountSpentCents, createdAt, now, version + 1);
    }

    public Project withStatus(ProjectStatus newStatus, Instant now) {
        return new Project(id, owner, spec, newStatus, counters, amountSpentCents, createdAt, now, version + 1);
    }

    public boolean isOwnedBy(UserId caller) {
        return owner.equals(caller);
    }
}
