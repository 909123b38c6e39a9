package io.quorum.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.project.Project;
import io.quorum.project.ProjectSpec;
import java.util.Optional;

/**
 * A project's labeling pipeline: task nodes joined by edges that may depend on the decided answer,
 * every branch ending in a completion node.
 */
public final class Workflow {

    static final String SINGLE_TASK_ID = "label";
    static final String SINGLE_COMPLETION_ID = "done";

    private final TaskNode single;

    private Workflow(TaskNode single) {
        this.single = single;
    }

    /** The project's workflow: the one set with setWorkflow, or the one-node workflow its spec implies. */
    public static Workflow of(Project project) {
        return derivedFrom(project.spec(), TaskNode.DEFAULT_REPETITION);
    }

    /** One task node from the v1 fields, then one completion node. */
    public static Workflow derivedFrom(ProjectSpec spec, int repetition) {
        return new Workflow(new TaskNode(SINGLE_TASK_ID, spec.taskType(), spec.question(), spec.options(), spec.objectMarked(),
                spec.instruction(), repetition, TaskNode.defaultMaxRepetition(repetition)));
    }

    /** Where every sample starts. */
    public String startNodeId() {
        return single.id();
    }

    public Optional<TaskNode> taskNode(String nodeId) {
        return single.id().equals(nodeId) ? Optional.of(single) : Optional.empty();
    }

    public boolean isCompletion(String nodeId) {
        return SINGLE_COMPLETION_ID.equals(nodeId);
    }

    /**
     * The node a sample goes to once {@code nodeId} decided {@code label} (the consensus label, e.g.
     * {@code {"choice":"cat"}}): a task node or a completion node.
     */
    public String next(String nodeId, JsonNode label) {
        if (!single.id().equals(nodeId)) {
            throw new IllegalArgumentException("no task node " + nodeId);
        }
        return SINGLE_COMPLETION_ID;
    }
}
