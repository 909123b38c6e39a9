package io.quorum.project;

import io.quorum.time.Clock;

/** What the project context needs from outside. */
public interface ProjectPorts {

    ProjectStore projects();

    SubmittedSampleCounts submittedSampleCounts();

    Clock clock();
}
