package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import java.util.List;

/**
 * Puts a node's micro-tasks on the task queue, and does it again for those still queued when a write
 * succeeded but its send may not have (a duplicate message is harmless; a missing one would strand the
 * micro-task).
 */
public final class EnterNode {

    private final NodeReads store;
    private final TaskQueue queue;

    public EnterNode(NodeReads store, TaskQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    public void send(List<MicroTask> tasks) {
        if (!tasks.isEmpty()) {
            queue.send(tasks.stream().map(MicroTask::ref).toList());
        }
    }

    /** Sends again every queued micro-task of the (sample, node); answers how many. */
    public int resendQueued(ProjectId projectId, SampleId sampleId, String nodeId) {
        List<MicroTask> queued = store.node(projectId, sampleId, nodeId).map(NodeTasks::queued).orElse(List.of());
        send(queued);
        return queued.size();
    }
}
