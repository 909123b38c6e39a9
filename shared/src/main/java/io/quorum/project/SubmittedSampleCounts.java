package io.quorum.project;

import java.time.Instant;

/** Port: the progress counters of the samples submitted to a project within a time window. */
public interface SubmittedSampleCounts {

    /** The counters of the project's samples submitted from {@code from} to {@code to}, both included. */
    Counters countSubmittedBetween(ProjectId projectId, Instant from, Instant to);
}
