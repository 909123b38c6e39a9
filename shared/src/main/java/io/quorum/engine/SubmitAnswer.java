package io.quorum.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.consensus.AnswerContext;
import io.quorum.consensus.Answers;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.error.OptimisticRetry;
import io.quorum.json.Json;
import io.quorum.project.ProjectStore;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleStore;
import io.quorum.sample.StoredResource;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerId;
import io.quorum.workflow.TaskNode;
import io.quorum.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: a worker answers the micro-task it holds. The answer is checked against the node's task type
 * (code 32, nothing changes), stored in canonical form under the same lease, and sent to the tally. A
 * repeated submit of an accepted token answers {@code duplicate} and sends the tally message again, which
 * the FIFO queue's deduplication (and the tally's recount) make harmless.
 */
public final class SubmitAnswer {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitAnswer.class);

    private final SampleStore samples;
    private final TaskLeases store;
    private final TaskQueue queue;
    private final TallyQueue tally;
    private final HeldTask held;
    private final Clock clock;

    public SubmitAnswer(ProjectStore projects, SampleStore samples, TaskLeases store, TaskQueue queue, TallyQueue tally, Clock clock) {
        this.samples = samples;
        this.store = store;
        this.queue = queue;
        this.tally = tally;
        this.held = new HeldTask(projects, store, queue);
        this.clock = clock;
    }

    public Receipt execute(Command command) {
        Recorded recorded = OptimisticRetry.run(() -> record(command));
        MicroTask task = recorded.task();
        boolean duplicate = recorded.duplicate();
        if (!duplicate) {
            task.receiptHandle().ifPresent(this::deleteMessage);
        }
        TallyRequest request = new TallyRequest(task.projectId(), task.id().sampleId(), task.id().nodeId());
        try {
            tally.send(request, task.id());
        } catch (RuntimeException unavailable) {
            LOG.atWarn().addKeyValue("taskId", task.id().value()).addKeyValue("cause", unavailable.toString())
                    .log("answer stored but the tally queue refused it");
            throw new DomainException(Failure.QUEUE_UNAVAILABLE,
                    "the answer was stored but could not be sent for counting yet; submit the same token and answer again");
        }
        return new Receipt(command.token(), duplicate);
    }

    private record Recorded(MicroTask task, boolean duplicate) {
    }

    /** Stores the answer; {@code duplicate} when it was already stored under this lease. */
    private Recorded record(Command command) {
        Instant now = clock.now();
        HeldTask.Held current = held.check(command.worker(), command.token(), now);
        if (current.answered()) {
            return new Recorded(current.task(), true);
        }
        TaskId id = current.task().id();
        TaskNode node = current.project().workflow().taskNode(id.nodeId()).orElseThrow(HeldTask::invalid);
        Sample sample = samples.findAll(current.project().id(), List.of(id.sampleId())).stream().findFirst().orElseThrow(HeldTask::invalid);
        OptionalInt width = sample.stored().map(StoredResource::imageWidth).orElse(OptionalInt.empty());
        OptionalInt height = sample.stored().map(StoredResource::imageHeight).orElse(OptionalInt.empty());
        JsonNode canonical = Answers.validate(new AnswerContext(node.taskType(), node.options(), width, height), command.answer());
        store.answer(current.task(), Json.write(canonical), now);
        LOG.atInfo().addKeyValue("taskId", id.value()).addKeyValue("workerId", command.worker().value()).log("answer stored");
        return new Recorded(current.task(), false);
    }

    private void deleteMessage(String receiptHandle) {
        try {
            queue.delete(receiptHandle);
        } catch (RuntimeException stale) {
            // A message left behind is dropped by the next claim that receives it: its micro-task is answered.
            LOG.atInfo().addKeyValue("cause", stale.toString()).log("could not delete an answered micro-task's message");
        }
    }

    public record Command(WorkerId worker, String token, JsonNode answer) {
        public Command {
            Objects.requireNonNull(worker, "worker");
            Objects.requireNonNull(token, "token");
        }
    }

    public record Receipt(String token, boolean duplicate) {
    }
}
