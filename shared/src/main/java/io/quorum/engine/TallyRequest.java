package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import java.util.Objects;

/** A tally-queue message: count the answers of this (sample, node) again. */
public record TallyRequest(ProjectId projectId, SampleId sampleId, String nodeId) {

    public TallyRequest {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(nodeId, "nodeId");
    }

    /** The FIFO message group: the tallies of one sample run one at a time, in order. */
    public String group() {
        return projectId.value() + "#" + sampleId.value();
    }
}
