package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.sample.SampleStatus;
import java.util.Optional;
import java.util.Set;

/**
 * Port: pages of a project's samples with their progress and results.
 * Every change is conditional on what was read and atomic, throwing
 * {@link io.quorum.error.ConcurrentModificationException} when it lost a race, so callers re-read and decide again.
 */
public interface ResultPages {

    /**
     * The project's samples in id order after {@code after}, at most {@code limit} examined, those with a
     * status in {@code statuses} (every status when empty) answered; {@code next} is the last examined id.
     */
    Page<SampleProgress> samples(ProjectId projectId, Optional<String> after, int limit, Set<SampleStatus> statuses);
}
