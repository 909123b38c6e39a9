package io.quorum.sample;

import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Port: where samples live. */
public interface SampleStore {

    /** The samples among {@code ids} that exist in the project. */
    List<Sample> findAll(ProjectId projectId, Collection<SampleId> ids);

    /**
     * Adds new samples and counts them on the project in one atomic write, conditional on the project
     * still belonging to its owner, of the same type, in a status that accepts resources, and none of the
     * samples existing yet.
     * {@link io.quorum.error.ConcurrentModificationException} when either changed meanwhile.
     */
    void addAll(Project project, List<Sample> samples, Instant at);

    /** The progress counters of the samples submitted within [from, to]. */
    Counters countSubmittedBetween(ProjectId projectId, Instant from, Instant to);

    /** At most this many samples fit one atomic write together with their project. */
    int MAX_SAMPLES_PER_WRITE = 99;
}
