package io.quorum.engine;

import io.quorum.sample.SampleId;
import java.util.Objects;
import java.util.Optional;

/**
 * A micro-task's id within its project: {@code {sampleId}.{nodeId}.{slot}}, the slot counting the
 * micro-tasks of one (sample, node) from 1 up to the node's maxRepetition.
 */
public record TaskId(SampleId sampleId, String nodeId, int slot) {

    public TaskId {
        Objects.requireNonNull(sampleId, "sampleId");
        Objects.requireNonNull(nodeId, "nodeId");
        if (nodeId.isEmpty()) {
            throw new IllegalArgumentException("nodeId must not be empty");
        }
        if (slot < 1) {
            throw new IllegalArgumentException("slot counts from 1");
        }
    }

    public String value() {
        return sampleId.value() + "." + nodeId + "." + slot;
    }

    /** Reads a value written by {@link #value()}; empty when it is not one. */
    public static Optional<TaskId> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int firstDot = value.indexOf('.');
        int lastDot = value.lastIndexOf('.');
        if (firstDot < 0 || lastDot <= firstDot + 1) {
            return Optional.empty();
        }
        String sample = value.substring(0, firstDot);
        String slot = value.substring(lastDot + 1);
        if (!sample.matches("s_[0-9a-f]{32}") || !slot.matches("[1-9][0-9]{0,3}")) {
            return Optional.empty();
        }
        return Optional.of(new TaskId(new SampleId(sample), value.substring(firstDot + 1, lastDot), Integer.parseInt(slot)));
    }

    @Override
    public String toString() {
        return value();
    }
}
