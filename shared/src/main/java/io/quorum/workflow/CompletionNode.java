package io.quorum.workflow;

import java.util.Objects;

/** The end of a branch: a sample that arrives here is completed. */
public record CompletionNode(String id) implements WorkflowNode {

    public CompletionNode {
        Objects.requireNonNull(id, "id");
    }
}
