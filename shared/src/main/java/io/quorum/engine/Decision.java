package io.quorum.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A (sample, node) decided, as written in one atomic step: the node closed with its result, the result
 * and next node on the sample (completed when the next node is a completion node), the project's
 * counters and amount spent, and the next task node's micro-tasks when there is one.
 */
public record Decision(NodeState before, String resultJson, String nextNode, boolean completesSample,
                       long amountCents, Optional<NodeEntry> nextTaskNode, Instant at) {

    public Decision {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(resultJson, "resultJson");
        Objects.requireNonNull(nextNode, "nextNode");
        Objects.requireNonNull(nextTaskNode, "nextTaskNode");
        Objects.requireNonNull(at, "at");
        if (amountCents < 0) {
            throw new IllegalArgumentException("amountCents cannot be negative");
        }
        if (completesSample == nextTaskNode.isPresent()) {
            throw new IllegalArgumentException("a sample either completes or enters a next task node");
        }
        if (nextTaskNode.isPresent() && !nextTaskNode.get().nodeId().equals(nextNode)) {
            throw new IllegalArgumentException("the next task node is the next node");
        }
    }
}
