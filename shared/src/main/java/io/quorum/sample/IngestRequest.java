package io.quorum.sample;

import io.quorum.workflow.ResourceType;
import io.quorum.auth.UserId;
import io.quorum.project.ProjectId;
import java.util.Objects;

/** Work for the fetcher: bring this sample's resource into the platform's bucket. */
public record IngestRequest(UserId owner, ProjectId projectId, SampleId sampleId, String url, ResourceType resourceType) {

    public IngestRequest {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(resourceType, "resourceType");
    }
}
