package io.quorum.engine;

import io.quorum.billing.UnitPrices;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.consensus.AnswerContext;
import io.quorum.consensus.Outcome;
import io.quorum.consensus.WorkerAnswer;
import io.quorum.error.OptimisticRetry;
import io.quorum.json.Json;
import io.quorum.project.Project;
import io.quorum.project.ProjectStatus;
import io.quorum.project.ProjectStore;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleStore;
import io.quorum.sample.StoredResource;
import io.quorum.time.Clock;
import io.quorum.workflow.TaskNode;
import io.quorum.workflow.Workflow;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: the tally-queue consumer's work for one (sample, node). It recomputes from the stored answers
 * every time, so a message delivered twice counts nothing twice: a decided node stays decided, a node
 * still waiting for answers waits, and extra micro-tasks are issued conditional on the node's version.
 * A decision is written in one atomic step with the sample's result and route, the project's counters
 * and amount spent, and the next task node's micro-tasks.
 */
public final class TallyAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(TallyAnswers.class);

    private final ProjectStore projects;
    private final SampleStore samples;
    private final Tallies store;
    private final EnterNode enterNode;
    private final LabelDecider decider;
    private final UnitPrices prices;
    private final ProjectCompletion completion;
    private final Clock clock;

    public TallyAnswers(ProjectStore projects, SampleStore samples, Tallies store, TaskQueue taskQueue, LabelDecider decider,
                        UnitPrices prices, Clock clock) {
        this.projects = projects;
        this.samples = samples;
        this.store = store;
        this.enterNode = new EnterNode(store, taskQueue);
        this.decider = decider;
        this.prices = prices;
        this.completion = new ProjectCompletion(store, clock);
        this.clock = clock;
    }

    /** What a tally did, for logs and tests. */
    public enum Result { IGNORED, WAITING, MORE_ISSUED, DECIDED, ALREADY_DECIDED }

    /**
     * {@code redelivered}: the message was handled before and may have failed after a write, so micro-tasks
     * that write created and that are still queued are sent again.
     */
    public Result handle(TallyRequest request, boolean redelivered) {
        Step step = OptimisticRetry.run(() -> tally(request, redelivered));
        enterNode.send(step.newTasks());
        if (step.result() == Result.DECIDED && step.completedSample()) {
            completion.check(request.projectId());
        }
        LOG.atInfo().addKeyValue("projectId", request.projectId().value()).addKeyValue("sampleId", request.sampleId().value())
                .addKeyValue("nodeId", request.nodeId()).addKeyValue("result", step.result().name()).log("tally");
        return step.result();
    }

    private record Step(Result result, List<MicroTask> newTasks, boolean completedSample) {
        static Step of(Result result) {
            return new Step(result, List.of(), false);
        }
    }

    private Step tally(TallyRequest request, boolean redelivered) {
        Optional<Project> project = projects.find(request.projectId());
        if (project.isEmpty() || project.get().status() == ProjectStatus.DELETED) {
            return Step.of(Result.IGNORED);
        }
        Optional<NodeTasks> found = store.node(request.projectId(), request.sampleId(), request.nodeId());
        if (found.isEmpty()) {
            return Step.of(Result.IGNORED);
        }
        NodeState node = found.get().node();
        if (node.decided()) {
            if (redelivered) {
                node.nextNode().ifPresent(next -> enterNode.resendQueued(request.projectId(), request.sampleId(), next));
            }
            return Step.of(Result.ALREADY_DECIDED);
        }
        List<MicroTask> answered = found.get().answered();
        if (answered.size() < node.issued()) {
            if (redelivered) {
                enterNode.resendQueued(request.projectId(), request.sampleId(), request.nodeId());
            }
            return Step.of(Result.WAITING);
        }
        Workflow workflow = project.get().workflow();
        TaskNode taskNode = workflow.taskNode(request.nodeId()).orElseThrow(() ->
                new IllegalStateException("project " + request.projectId() + " has no task node " + request.nodeId()));
        Optional<Sample> sample = samples.findAll(request.projectId(), List.of(request.sampleId())).stream().findFirst();
        OptionalInt width = sample.flatMap(Sample::stored).map(StoredResource::imageWidth).orElse(OptionalInt.empty());
        OptionalInt height = sample.flatMap(Sample::stored).map(StoredResource::imageHeight).orElse(OptionalInt.empty());
        AnswerContext context = new AnswerContext(taskNode.taskType(), taskNode.options(), width, height);
        List<WorkerAnswer> answers = answered.stream()
                .sorted(Comparator.comparingInt(task -> task.id().slot()))
                .map(task -> new WorkerAnswer(task.id().value(), task.worker().orElseThrow().value(), task.answer().orElseThrow(),
                        task.answeredAt().orElseThrow()))
                .toList();
        Outcome outcome = decider.decide(context, answers, taskNode.repetition(), taskNode.maxRepetition());
        Instant now = clock.now();
        if (outcome instanceof Outcome.NeedMore more) {
            int extra = Math.min(more.extraTasks(), taskNode.maxRepetition() - node.issued());
            if (extra < 1) {
                throw new IllegalStateException("consensus asked for more answers than maxRepetition allows at " + request);
            }
            return new Step(Result.MORE_ISSUED, store.issueMore(node, extra, now), false);
        }
        Outcome.Decided decided = (Outcome.Decided) outcome;
        String next = workflow.next(request.nodeId(), decided.label());
        boolean completes = workflow.isCompletion(next);
        Optional<NodeEntry> nextTaskNode = completes ? Optional.empty()
                : Optional.of(new NodeEntry(next, workflow.taskNode(next).orElseThrow(() ->
                        new IllegalStateException("the workflow routes to " + next + ", which is no node")).repetition()));
        long amount = Math.multiplyExact(answers.size(), prices.centsPerTask(taskNode.taskType()));
        String result = resultJson(taskNode, decided, answers, now);
        List<MicroTask> created = store.decide(new Decision(node, result, next, completes, amount, nextTaskNode, now));
        return new Step(Result.DECIDED, created, completes);
    }

    /** The result as the sample keeps it and retrieveResults shows it. */
    static String resultJson(TaskNode node, Outcome.Decided decided, List<WorkerAnswer> answers, Instant at) {
        ObjectNode result = Json.object();
        result.put("taskType", node.taskType().wireName());
        result.set("label", decided.label());
        result.put("confidence", decided.confidence());
        result.put("lowConfidence", decided.lowConfidence());
        ArrayNode list = result.putArray("answers");
        for (WorkerAnswer answer : answers) {
            ObjectNode entry = list.addObject();
            entry.put("taskId", answer.taskId());
            entry.put("workerId", answer.workerId());
            entry.set("answer", answer.answer());
            entry.put("answeredAt", answer.answeredAt().toEpochMilli());
        }
        result.put("decidedAt", at.toEpochMilli());
        return result.toString();
    }
}
