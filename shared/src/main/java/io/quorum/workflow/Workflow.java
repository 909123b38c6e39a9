package io.quorum.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's labeling pipeline: task nodes joined by edges that may depend on the decided answer,
 * every branch ending in a completion node. An instance is always valid: it is built only by
 * {@link #validated}, {@link WorkflowCodec} (both through {@link WorkflowValidator}) or
 * {@link #singleTask}.
 */
public final class Workflow {

    static final String SINGLE_TASK_ID = "label";
    static final String SINGLE_COMPLETION_ID = "done";

    private final String start;
    private final List<WorkflowNode> nodes;
    private final List<Edge> edges;
    private final Map<String, WorkflowNode> nodesById = new LinkedHashMap<>();
    private final Map<String, List<Edge>> outgoing = new LinkedHashMap<>();

    /** Trusts its arguments: callers have validated them. */
    Workflow(String start, List<WorkflowNode> nodes, List<Edge> edges) {
        this.start = Objects.requireNonNull(start, "start");
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.nodes.forEach(node -> nodesById.put(node.id(), node));
        this.edges.forEach(edge -> outgoing.computeIfAbsent(edge.from(), from -> new ArrayList<>()).add(edge));
    }

    /** One task node from the v1 fields, then one completion node. */
    public static Workflow singleTask(TaskType taskType, String question, List<String> options, String objectMarked, String instruction,
                                      int repetition) {
        TaskNode task = new TaskNode(SINGLE_TASK_ID, taskType, question, options, objectMarked, instruction, repetition,
                TaskNode.defaultMaxRepetition(repetition));
        return new Workflow(SINGLE_TASK_ID, List.of(task, new CompletionNode(SINGLE_COMPLETION_ID)),
                List.of(new Edge(SINGLE_TASK_ID, SINGLE_COMPLETION_ID)));
    }

    /**
     * A workflow from its parts, for a project of {@code projectType}.
     *
     * @throws InvalidWorkflowException with every problem when the parts do not make a valid workflow
     */
    public static Workflow validated(String start, List<WorkflowNode> nodes, List<Edge> edges, ProjectType projectType) {
        return WorkflowValidator.build(WorkflowDraft.of(start, List.copyOf(nodes), List.copyOf(edges)), List.of(), projectType);
    }

    /** Where every sample starts. */
    public String startNodeId() {
        return start;
    }

    /** Every node, in the order they were declared. */
    public List<WorkflowNode> nodes() {
        return nodes;
    }

    /** Every edge, in the order they were declared (the order routing tries them in). */
    public List<Edge> edges() {
        return edges;
    }

    public Optional<WorkflowNode> node(String nodeId) {
        return Optional.ofNullable(nodesById.get(nodeId));
    }

    public Optional<TaskNode> taskNode(String nodeId) {
        return nodesById.get(nodeId) instanceof TaskNode task ? Optional.of(task) : Optional.empty();
    }

    public boolean isCompletion(String nodeId) {
        return nodesById.get(nodeId) instanceof CompletionNode;
    }

    /** The edges leaving {@code nodeId}, in routing order. */
    public List<Edge> outgoing(String nodeId) {
        return List.copyOf(outgoing.getOrDefault(nodeId, List.of()));
    }

    /**
     * Why this workflow cannot run on a project of {@code projectType} (e.g. a frame selection task on
     * text); empty when it can.
     */
    public List<String> problemsOn(ProjectType projectType) {
        return WorkflowValidator.problems(WorkflowDraft.of(this), projectType);
    }

    /**
     * The node a sample goes to once {@code nodeId} decided {@code label} (the consensus label, e.g.
     * {@code {"choice":"cat"}}): a task node or a completion node. The first conditional edge, in
     * declared order, whose option the label chose wins; otherwise the node's edge without a condition.
     */
    public String next(String nodeId, JsonNode label) {
        TaskNode task = taskNode(nodeId).orElseThrow(() -> new IllegalArgumentException("no task node " + nodeId));
        List<Edge> leaving = outgoing.getOrDefault(nodeId, List.of());
        for (Edge edge : leaving) {
            if (edge.matches(task.taskType(), label)) {
                return edge.to();
            }
        }
        return leaving.stream().filter(edge -> !edge.isConditional()).findFirst().map(Edge::to)
                .orElseThrow(() -> new IllegalArgumentException("task node " + nodeId + " has no edge for label " + label));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Workflow that && start.equals(that.start) && nodes.equals(that.nodes) && edges.equals(that.edges);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, nodes, edges);
    }

    @Override
    public String toString() {
        return "Workflow[start=" + start + ", nodes=" + nodes + ", edges=" + edges + "]";
    }
}
