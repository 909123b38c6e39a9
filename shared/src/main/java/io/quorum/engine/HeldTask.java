package io.quorum.engine;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.Project;
import io.quorum.project.ProjectStatus;
import io.quorum.project.ProjectStore;
import io.quorum.worker.WorkerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks submit and release share: the token parses, names a micro-task this worker holds under
 * this very lease (code 30 otherwise), the lease still runs (code 31, and the micro-task goes back on
 * the queue), and the project was not deleted (code 8).
 */
final class HeldTask {

    private static final Logger LOG = LoggerFactory.getLogger(HeldTask.class);

    private final ProjectStore projects;
    private final MicroTaskReads store;
    private final TaskQueue queue;

    HeldTask(ProjectStore projects, MicroTaskReads store, TaskQueue queue) {
        this.projects = projects;
        this.store = store;
        this.queue = queue;
    }

    record Held(TaskToken token, MicroTask task, Project project) {
        /** Already answered under this lease: a repeated submit. */
        boolean answered() {
            return task.state() == TaskState.ANSWERED;
        }
    }

    Held check(WorkerId worker, String encodedToken, Instant now) {
        TaskToken token = TaskToken.parse(encodedToken).orElseThrow(HeldTask::invalid);
        Optional<MicroTask> found = store.find(new TaskRef(token.projectId(), token.taskId()));
        if (found.isEmpty()) {
            throw invalid();
        }
        MicroTask task = found.get();
        boolean sameLease = task.worker().filter(worker::equals).isPresent()
                && task.leaseSecretHash().filter(token.secretHash()::equals).isPresent()
                && (task.state() == TaskState.LEASED || task.state() == TaskState.ANSWERED);
        if (!sameLease) {
            throw lostLease(worker, token, now);
        }
        Project project = projects.find(token.projectId()).orElseThrow(HeldTask::invalid);
        if (project.status() == ProjectStatus.DELETED) {
            throw new DomainException(Failure.PROJECT_NOT_FOUND, "the project of this micro-task was deleted");
        }
        if (task.state() == TaskState.LEASED && !task.isLeasedAt(now)) {
            task.receiptHandle().ifPresent(this::requeue);
            throw expired();
        }
        return new Held(token, task, project);
    }

    /** The micro-task is no longer under this lease: 31 when it was this worker's and ran out, 30 otherwise. */
    private DomainException lostLease(WorkerId worker, TaskToken token, Instant now) {
        Optional<WorkerLock> lock = store.workerLock(token.projectId(), token.taskId().sampleId(), token.taskId().nodeId(), worker);
        boolean expiredHere = lock.filter(l -> l.taskId().equals(token.taskId()) && l.leaseSecretHash().equals(token.secretHash())
                && !l.released() && !l.leaseExpiresAt().isAfter(now)).isPresent();
        return expiredHere ? expired() : invalid();
    }

    /** Best effort: with a stale receipt the message comes back by itself once its visibility timeout ends. */
    void requeue(String receiptHandle) {
        try {
            queue.hide(receiptHandle, Duration.ZERO);
        } catch (RuntimeException stale) {
            LOG.atInfo().addKeyValue("cause", stale.toString()).log("could not return a message to the task queue at once");
        }
    }

    static DomainException invalid() {
        return new DomainException(Failure.TASK_TOKEN_INVALID, "the task token is unknown, released, or not this worker's");
    }

    static DomainException expired() {
        return new DomainException(Failure.LEASE_EXPIRED, "the lease ran out; the micro-task went back on the queue");
    }
}
