package io.quorum.engine;

import io.quorum.blob.BlobStore;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStatus;
import io.quorum.project.ProjectStore;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleStore;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerId;
import io.quorum.workflow.TaskNode;
import io.quorum.workflow.Workflow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: a worker claims one micro-task. Messages are taken from the task queue without waiting;
 * each one's stored micro-task decides what happens to it: gone or answered (dropped), leased to someone
 * whose lease still runs (hidden until it ends), of a deleted project (dropped), of a project that does
 * not run (parked until a resume), of a (sample, node) this worker already had (returned), or leased to
 * this worker. Every message not used goes straight back on the queue.
 */
public final class ClaimTask {

    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(10);
    public static final long MAX_LEASE_SECONDS = 43_200;
    /** SQS hides a received message for at most 12 hours. */
    static final Duration MAX_HIDDEN = Duration.ofSeconds(43_200);
    /** The message stays hidden a little longer than the lease, so a submit at the last second still finds it leased. */
    static final Duration GRACE = Duration.ofSeconds(30);
    static final int RECEIVE_ROUNDS = 2;
    static final int TEXT_MAX_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ClaimTask.class);

    private final ProjectStore projects;
    private final SampleStore samples;
    private final TaskLeases store;
    private final TaskQueue queue;
    private final BlobStore blobs;
    private final Clock clock;

    public ClaimTask(ProjectStore projects, SampleStore samples, TaskLeases store, TaskQueue queue, BlobStore blobs, Clock clock) {
        this.projects = projects;
        this.samples = samples;
        this.store = store;
        this.queue = queue;
        this.blobs = blobs;
        this.clock = clock;
    }

    public Claimed execute(Command command) {
        Duration hidden = min(command.lease().plus(GRACE), MAX_HIDDEN);
        Map<ProjectId, Optional<Project>> projectCache = new HashMap<>();
        for (int round = 0; round < RECEIVE_ROUNDS; round++) {
            List<TaskDelivery> deliveries = queue.receive(10, hidden);
            if (deliveries.isEmpty()) {
                break;
            }
            Claimed claimed = null;
            List<TaskDelivery> notTaken = new ArrayList<>();
            for (TaskDelivery delivery : deliveries) {
                if (claimed != null) {
                    notTaken.add(delivery);
                    continue;
                }
                try {
                    claimed = tryClaim(command, delivery, projectCache, notTaken);
                } catch (RuntimeException failed) {
                    LOG.atWarn().addKeyValue("taskId", delivery.ref().taskId().value()).addKeyValue("cause", failed.toString())
                            .log("could not hand out a micro-task; it goes back on the queue");
                    notTaken.add(delivery);
                }
            }
            returnToQueue(notTaken);
            if (claimed != null) {
                return claimed;
            }
        }
        throw new DomainException(Failure.NO_TASK_AVAILABLE, "no micro-task can be handed to this worker now; try again later");
    }

    /** Hands out this delivery's micro-task, or returns null having dealt with the message (or left it in {@code notTaken}). */
    private Claimed tryClaim(Command command, TaskDelivery delivery, Map<ProjectId, Optional<Project>> projectCache,
                             List<TaskDelivery> notTaken) {
        TaskRef ref = delivery.ref();
        Instant now = clock.now();
        Optional<MicroTask> found = store.find(ref);
        if (found.isEmpty() || found.get().state() == TaskState.ANSWERED) {
            queue.delete(delivery.receiptHandle());
            return null;
        }
        MicroTask task = found.get();
        if (task.isLeasedAt(now)) {
            // Another copy of the message of a micro-task in a worker's hands: it may be the only copy left
            // should that worker never answer, so it is kept, hidden until the lease has run out.
            queue.hide(delivery.receiptHandle(), min(Duration.between(now, task.leaseExpiresAt().orElseThrow()).plus(GRACE), MAX_HIDDEN));
            return null;
        }
        Optional<Project> project = projectCache.computeIfAbsent(ref.projectId(), projects::find);
        if (project.isEmpty() || project.get().status() == ProjectStatus.DELETED) {
            queue.delete(delivery.receiptHandle());
            return null;
        }
        if (project.get().status() != ProjectStatus.RUNNING) {
            if (task.state() == TaskState.PARKED || store.park(task, project.get().status())) {
                queue.delete(delivery.receiptHandle());
            } else {
                notTaken.add(delivery);
            }
            return null;
        }
        if (command.onlyProject().isPresent() && !command.onlyProject().get().equals(ref.projectId().value())) {
            notTaken.add(delivery);
            return null;
        }
        if (store.workerLock(ref.projectId(), ref.taskId().sampleId(), ref.taskId().nodeId(), command.worker()).isPresent()) {
            notTaken.add(delivery);
            return null;
        }
        Workflow workflow = project.get().workflow();
        Optional<TaskNode> node = workflow.taskNode(ref.taskId().nodeId());
        Optional<Sample> sample = samples.findAll(ref.projectId(), List.of(ref.taskId().sampleId())).stream().findFirst();
        if (node.isEmpty() || sample.isEmpty() || sample.get().stored().isEmpty()) {
            LOG.atWarn().addKeyValue("taskId", ref.taskId().value()).log("micro-task without its node or stored sample is dropped");
            queue.delete(delivery.receiptHandle());
            return null;
        }
        Optional<String> text = sample.get().resourceType() == ResourceType.TEXT
                ? blobs.read(sample.get().stored().get().blobKey(), TEXT_MAX_BYTES).map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                : Optional.empty();
        URI resourceUrl = blobs.presignGet(sample.get().stored().get().blobKey(), command.lease());
        TaskToken token = TaskToken.issue(ref.projectId(), ref.taskId());
        Instant expiresAt = now.plus(command.lease());
        TaskLeases.LeaseOutcome outcome = store.lease(task, command.worker(), token.secretHash(), expiresAt, delivery.receiptHandle());
        if (outcome != TaskLeases.LeaseOutcome.LEASED) {
            notTaken.add(delivery);
            return null;
        }
        LOG.atInfo().addKeyValue("taskId", ref.taskId().value()).addKeyValue("workerId", command.worker().value()).log("micro-task leased");
        return new Claimed(token, project.get(), node.get(), sample.get(), resourceUrl, text, expiresAt);
    }

    /** In one call: a claim may look at ten messages to hand out one. */
    private void returnToQueue(List<TaskDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        try {
            queue.showAgain(deliveries.stream().map(TaskDelivery::receiptHandle).toList());
        } catch (RuntimeException unavailable) {
            // It comes back by itself once its visibility timeout ends.
            LOG.atWarn().addKeyValue("cause", unavailable.toString()).log("could not return a message to the task queue at once");
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** {@code onlyProject}: claim only from this project (as sent, unchecked: another id simply matches nothing). */
    public record Command(WorkerId worker, Optional<String> onlyProject, Duration lease) {
        public Command {
            Objects.requireNonNull(worker, "worker");
            Objects.requireNonNull(onlyProject, "onlyProject");
            Objects.requireNonNull(lease, "lease");
            if (lease.getSeconds() < 1 || lease.getSeconds() > MAX_LEASE_SECONDS) {
                throw new IllegalArgumentException("a lease lasts 1 to " + MAX_LEASE_SECONDS + " seconds");
            }
        }
    }

    /** What the worker is handed. */
    public record Claimed(TaskToken token, Project project, TaskNode node, Sample sample, URI resourceUrl, Optional<String> text,
                          Instant leaseExpiresAt) {
    }
}
