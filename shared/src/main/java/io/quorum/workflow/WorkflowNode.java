package io.quorum.workflow;

/** A node of a workflow: a labeling step ({@link TaskNode}) or the end of a branch ({@link CompletionNode}). */
public sealed interface WorkflowNode permits TaskNode, CompletionNode {

    String id();
}
