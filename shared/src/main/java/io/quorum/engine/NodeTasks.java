package io.quorum.engine;

import java.util.List;
import java.util.Objects;

/** A node state with every micro-task issued for it, read together and consistently. */
public record NodeTasks(NodeState node, List<MicroTask> tasks) {

    public NodeTasks {
        Objects.requireNonNull(node, "node");
        tasks = List.copyOf(tasks);
    }

    public List<MicroTask> answered() {
        return tasks.stream().filter(task -> task.state() == TaskState.ANSWERED).toList();
    }

    public List<MicroTask> queued() {
        return tasks.stream().filter(task -> task.state() == TaskState.QUEUED).toList();
    }
}
