package io.quorum.sample;

import io.quorum.project.ProjectId;
import java.time.Instant;
import java.util.Objects;

/** One resource of a project, as submitted: where it comes from, what it is, and where it stands. */
public record Sample(ProjectId projectId, SampleId id, String source, ResourceType resourceType, SampleStatus status,
                     Instant submittedAt) {

    public Sample {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public static Sample submitted(ProjectId projectId, String url, ResourceType resourceType, Instant now) {
        return new Sample(projectId, SampleId.forSource(url), url, resourceType, SampleStatus.PENDING, now);
    }
}
