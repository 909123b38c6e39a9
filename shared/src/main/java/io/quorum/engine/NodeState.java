package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import java.util.Objects;
import java.util.Optional;

/**
 * One sample at one task node: how many micro-tasks were issued, whether the node is decided and, once
 * it is, the node the sample went to next. {@code version} guards every change.
 */
public record NodeState(ProjectId projectId, SampleId sampleId, String nodeId, int issued, boolean decided,
                        Optional<String> nextNode, long version) {

    public NodeState {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(nextNode, "nextNode");
        if (issued < 1) {
            throw new IllegalArgumentException("a node state exists once micro-tasks were issued");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }

    public static NodeState entered(ProjectId projectId, SampleId sampleId, String nodeId, int issued) {
        return new NodeState(projectId, sampleId, nodeId, issued, false, Optional.empty(), 1);
    }
}
