package io.quorum.sample;

import io.quorum.workflow.ResourceType;
import io.quorum.project.ProjectId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource of a project: where it comes from, what it is, and where it stands; once ingested, where
 * its checked copy is kept; once refused, why.
 */
public record Sample(ProjectId projectId, SampleId id, String source, ResourceType resourceType, SampleStatus status,
                     Instant submittedAt, Optional<StoredResource> stored, Optional<String> failureReason) {

    public Sample(ProjectId projectId, SampleId id, String source, ResourceType resourceType, SampleStatus status, Instant submittedAt) {
        this(projectId, id, source, resourceType, status, submittedAt, Optional.empty(), Optional.empty());
    }

    public Sample {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(failureReason, "failureReason");
    }

    /** Fetched and checked, so it may be handed to workers. */
    public boolean isIngested() {
        return stored.isPresent();
    }

    public static Sample submitted(ProjectId projectId, String source, ResourceType resourceType, Instant now) {
        return new Sample(projectId, SampleId.forSource(source), source, resourceType, SampleStatus.PENDING, now);
    }
}
