package io.quorum.engine;

import io.quorum.error.ConcurrentModificationException;
import io.quorum.error.OptimisticRetry;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStatus;
import io.quorum.project.ProjectStore;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.sample.SampleStore;
import io.quorum.time.Clock;
import io.quorum.workflow.TaskNode;
import io.quorum.workflow.Workflow;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves samples into the workflow of a running project: one when ingestion reports it ready, all that
 * wait when the project is approved or resumed (a sweep, one page per dispatch-queue message), and then
 * the micro-tasks parked during a pause back onto the task queue.
 */
public final class Dispatch implements Dispatcher {

    /** Samples examined, or parked micro-tasks returned, per dispatch-queue message. */
    public static final int PAGE = 50;

    private static final Logger LOG = LoggerFactory.getLogger(Dispatch.class);

    private final ProjectStore projects;
    private final SampleStore samples;
    private final WorkflowEntries store;
    private final TaskQueue taskQueue;
    private final DispatchQueue dispatchQueue;
    private final EnterNode enterNode;
    private final ProjectCompletion completion;
    private final Clock clock;

    public Dispatch(ProjectStore projects, SampleStore samples, WorkflowEntries store, TaskQueue taskQueue, DispatchQueue dispatchQueue,
                    Clock clock) {
        this.projects = projects;
        this.samples = samples;
        this.store = store;
        this.taskQueue = taskQueue;
        this.dispatchQueue = dispatchQueue;
        this.enterNode = new EnterNode(store, taskQueue);
        this.completion = new ProjectCompletion(store, clock);
        this.clock = clock;
    }

    /**
     * Idempotent: a sample already in the workflow gets its queued micro-tasks sent again (the caller
     * retries when a send failed after the write), anything else is left alone.
     */
    @Override
    public void sampleReady(ProjectId projectId, SampleId sampleId) {
        OptimisticRetry.run(() -> {
            Optional<Project> project = projects.find(projectId).filter(p -> p.status() == ProjectStatus.RUNNING);
            if (project.isEmpty()) {
                return null;
            }
            samples.findAll(projectId, List.of(sampleId)).stream().findFirst()
                    .ifPresent(sample -> dispatch(project.get(), sample, true));
            return null;
        });
    }

    /**
     * Runs one page of a sweep and queues the next. {@code redelivered}: this message was handled before
     * and may have failed after writing, so samples already in the workflow get their queued micro-tasks
     * sent again.
     */
    public void sweep(SweepRequest request, boolean redelivered) {
        Optional<Project> found = projects.find(request.projectId());
        if (found.isEmpty() || found.get().status() != ProjectStatus.RUNNING) {
            LOG.atInfo().addKeyValue("projectId", request.projectId().value())
                    .addKeyValue("status", found.map(p -> p.status().wireName()).orElse("missing")).log("sweep stops: project not running");
            return;
        }
        Project project = found.get();
        switch (request.phase()) {
            case SAMPLES -> sweepSamples(project, request, redelivered);
            case UNPARK -> unpark(project);
        }
    }

    private void sweepSamples(Project project, SweepRequest request, boolean redelivered) {
        Set<SampleStatus> wanted = redelivered ? Set.of(SampleStatus.PENDING, SampleStatus.PROCESSING) : Set.of(SampleStatus.PENDING);
        Page<SampleProgress> page = store.samples(project.id(), request.cursor(), PAGE, wanted);
        int dispatched = 0;
        for (SampleProgress progress : page.items()) {
            Sample sample = progress.sample();
            try {
                dispatched += dispatch(project, sample, redelivered) ? 1 : 0;
            } catch (ConcurrentModificationException raced) {
                sampleReady(project.id(), sample.id());
            }
        }
        LOG.atInfo().addKeyValue("projectId", project.id().value()).addKeyValue("examined", page.items().size())
                .addKeyValue("dispatched", dispatched).log("sweep page");
        dispatchQueue.send(page.next().isPresent()
                ? new SweepRequest(project.id(), SweepRequest.Phase.SAMPLES, page.next())
                : new SweepRequest(project.id(), SweepRequest.Phase.UNPARK, Optional.empty()));
    }

    /** Sends first, then unparks: a message for a still-parked micro-task of a running project is served anyway. */
    private void unpark(Project project) {
        List<TaskId> parked = store.parked(project.id(), PAGE);
        if (!parked.isEmpty()) {
            taskQueue.send(parked.stream().map(id -> new TaskRef(project.id(), id)).toList());
            parked.forEach(id -> store.unpark(project.id(), id));
            LOG.atInfo().addKeyValue("projectId", project.id().value()).addKeyValue("unparked", parked.size()).log("parked micro-tasks queued again");
        }
        if (parked.size() == PAGE) {
            dispatchQueue.send(new SweepRequest(project.id(), SweepRequest.Phase.UNPARK, Optional.empty()));
        } else {
            completion.check(project.id());
        }
    }

    /** True when the sample entered its first node now. */
    private boolean dispatch(Project project, Sample sample, boolean resendWhenInWorkflow) {
        if (sample.status() == SampleStatus.PENDING && sample.isIngested()) {
            Workflow workflow = project.workflow();
            String start = workflow.startNodeId();
            TaskNode node = workflow.taskNode(start).orElseThrow(() ->
                    new IllegalStateException("the workflow of " + project.id() + " starts at " + start + ", which is no task node"));
            enterNode.send(store.enterFirstNode(sample, new NodeEntry(start, node.repetition()), clock.now()));
            return true;
        }
        if (sample.status() == SampleStatus.PROCESSING && resendWhenInWorkflow) {
            store.currentNode(project.id(), sample.id()).ifPresent(nodeId -> enterNode.resendQueued(project.id(), sample.id(), nodeId));
        }
        return false;
    }
}
