package io.quorum.sample;

import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.SubmittedSampleCounts;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where samples live. */
public interface SampleStore extends SubmittedSampleCounts {

    /** The samples among {@code ids} that exist in the project. */
    List<Sample> findAll(ProjectId projectId, Collection<SampleId> ids);

    /**
     * Adds new samples and counts them on the project in one atomic write, conditional on the project
     * still belonging to its owner, of the same type, in a status that accepts resources, and none of the
     * samples existing yet.
     * {@link io.quorum.error.ConcurrentModificationException} when either changed meanwhile.
     */
    void addAll(Project project, List<Sample> samples, Instant at);

    /** The sample, when it exists in the project. */
    default Optional<Sample> find(ProjectId projectId, SampleId id) {
        return findAll(projectId, List.of(id)).stream().findFirst();
    }

    /**
     * Records the checked copy of a sample's resource, conditional on the sample being still pending
     * and not yet ingested. Answers false, changing nothing, when that no longer holds: another
     * delivery of the same work got there first (or the sample failed or is gone), which for an
     * at-least-once consumer means the work is done.
     */
    boolean markIngested(ProjectId projectId, SampleId sampleId, StoredResource stored);

    /**
     * Marks a pending, not yet ingested sample failed with its reason and, in the same atomic write,
     * moves one count of its project from noStart to failed. Answers false, changing nothing, when the
     * sample is no longer pending and un-ingested (someone else already decided its fate).
     */
    boolean markFailed(ProjectId projectId, SampleId sampleId, String reason);

    /** At most this many samples fit one atomic write together with their project. */
    int MAX_SAMPLES_PER_WRITE = 99;
}
