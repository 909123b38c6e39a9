package io.quorum.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A workflow as declared, before validation: any field may be absent (null). Fields the reader
 * found but could not read (wrong JSON type) are named in {@code unreadable}, so the validator
 * does not report them a second time as missing.
 */
record WorkflowDraft(String start, List<NodeDraft> nodes, List<EdgeDraft> edges, Set<String> unreadable) {

    WorkflowDraft {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        unreadable = Set.copyOf(unreadable);
    }

    boolean isUnreadable(String field) {
        return unreadable.contains(field);
    }

    /** How problems name a node: by its id when it has a usable one, else by its place in the list. */
    static String nodeLabel(int index, String id) {
        return id != null && WorkflowValidator.isWellFormedId(id) ? "node \"" + id + "\"" : "nodes[" + index + "]";
    }

    /** Client text inside a message, cut short so that one long value cannot flood the answer. */
    static String shown(String value) {
        return value.length() <= WorkflowValidator.MAX_ID ? value : value.substring(0, WorkflowValidator.MAX_ID) + "...";
    }

    record NodeDraft(int index, String id, String type, String taskType, String question, List<String> options,
                     String objectMarked, String instruction, Integer repetition, Integer maxRepetition, Set<String> unreadable) {

        static final String TASK = "task";
        static final String COMPLETION = "completion";

        NodeDraft {
            unreadable = Set.copyOf(unreadable);
        }

        static NodeDraft of(int index, WorkflowNode node) {
            if (node instanceof TaskNode task) {
                return new NodeDraft(index, task.id(), TASK, task.taskType().wireName(), task.question(), task.options(),
                        task.objectMarked(), task.instruction(), task.repetition(), task.maxRepetition(), Set.of());
            }
            return new NodeDraft(index, node.id(), COMPLETION, null, null, null, null, null, null, null, Set.of());
        }

        boolean isUnreadable(String field) {
            return unreadable.contains(field);
        }
    }

    record EdgeDraft(int index, String from, String to, String when, Set<String> unreadable) {

        EdgeDraft {
            unreadable = Set.copyOf(unreadable);
        }

        static EdgeDraft of(int index, Edge edge) {
            return new EdgeDraft(index, edge.from(), edge.to(), edge.when().orElse(null), Set.of());
        }

        boolean isUnreadable(String field) {
            return unreadable.contains(field);
        }

        Optional<String> condition() {
            return Optional.ofNullable(when);
        }
    }

    static WorkflowDraft of(Workflow workflow) {
        return of(workflow.startNodeId(), workflow.nodes(), workflow.edges());
    }

    static WorkflowDraft of(String start, List<WorkflowNode> nodes, List<Edge> edges) {
        return new WorkflowDraft(start,
                IntStream.range(0, nodes.size()).mapToObj(i -> NodeDraft.of(i, nodes.get(i))).toList(),
                IntStream.range(0, edges.size()).mapToObj(i -> EdgeDraft.of(i, edges.get(i))).toList(), Set.of());
    }
}
