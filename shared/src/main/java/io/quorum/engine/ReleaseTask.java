package io.quorum.engine;

import io.quorum.error.OptimisticRetry;
import io.quorum.project.ProjectStore;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: a worker gives back the micro-task it holds. It is queued again at once, for another worker:
 * this one keeps its lock on the (sample, node).
 */
public final class ReleaseTask {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseTask.class);

    private final TaskLeases store;
    private final HeldTask held;
    private final Clock clock;

    public ReleaseTask(ProjectStore projects, TaskLeases store, TaskQueue queue, Clock clock) {
        this.store = store;
        this.held = new HeldTask(projects, store, queue);
        this.clock = clock;
    }

    public String execute(Command command) {
        MicroTask released = OptimisticRetry.run(() -> {
            HeldTask.Held current = held.check(command.worker(), command.token(), clock.now());
            if (current.answered()) {
                throw HeldTask.invalid();
            }
            store.release(current.task());
            return current.task();
        });
        released.receiptHandle().ifPresent(held::requeue);
        LOG.atInfo().addKeyValue("taskId", released.id().value()).addKeyValue("workerId", command.worker().value()).log("micro-task released");
        return command.token();
    }

    public record Command(WorkerId worker, String token) {
        public Command {
            Objects.requireNonNull(worker, "worker");
            Objects.requireNonNull(token, "token");
        }
    }
}
