package io.quorum.engine;

import java.util.Objects;

/** A sample entering a task node: the node and how many micro-tasks it starts with (its repetition). */
public record NodeEntry(String nodeId, int tasks) {

    public NodeEntry {
        Objects.requireNonNull(nodeId, "nodeId");
        if (tasks < 1) {
            throw new IllegalArgumentException("a node starts with at least one micro-task");
        }
    }
}
