package io.quorum.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.error.ConcurrentModificationException;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStatus;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.engine.Decision;
import io.quorum.engine.MicroTask;
import io.quorum.engine.NodeEntry;
import io.quorum.engine.NodeState;
import io.quorum.engine.NodeTasks;
import io.quorum.engine.Page;
import io.quorum.engine.SampleProgress;
import io.quorum.engine.TaskId;
import io.quorum.engine.TaskRef;
import io.quorum.engine.TaskState;
import io.quorum.engine.TaskLeases;
import io.quorum.json.Json;
import io.quorum.engine.Tallies;
import io.quorum.engine.WorkflowEntries;
import io.quorum.engine.WorkerLock;
import io.quorum.worker.WorkerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The engine's state in memory, honouring the {@link TaskStore} contract as the DynamoDB adapter does:
 * every change checks what was read (versions, states, the project's status) and applies all of its
 * parts or none, moving samples and counters in the shared {@link InMemoryProjectStore} and
 * {@link InMemorySampleStore} under their lock.
 */
public final class InMemoryTaskStore implements TaskLeases, Tallies, WorkflowEntries {

    private record NodeKey(ProjectId projectId, SampleId sampleId, String nodeId) {
    }

    private record LockKey(ProjectId projectId, SampleId sampleId, String nodeId, WorkerId worker) {
    }

    private record SampleKey(ProjectId projectId, SampleId sampleId) {
    }

    private final InMemoryProjectStore projects;
    private final InMemorySampleStore samples;
    private final Map<NodeKey, NodeState> nodes = new HashMap<>();
    private final Map<TaskRef, MicroTask> tasks = new LinkedHashMap<>();
    private final Map<LockKey, WorkerLock> locks = new HashMap<>();
    private final Map<ProjectId, Set<TaskId>> parked = new HashMap<>();
    private final Map<SampleKey, String> currentNodes = new HashMap<>();
    private final Map<SampleKey, Map<String, String>> results = new HashMap<>();

    public InMemoryTaskStore(InMemoryProjectStore projects, InMemorySampleStore samples) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.samples = Objects.requireNonNull(samples, "samples");
    }

    @Override
    public Optional<MicroTask> find(TaskRef ref) {
        synchronized (projects) {
            return Optional.ofNullable(tasks.get(ref));
        }
    }

    @Override
    public Optional<NodeTasks> node(ProjectId projectId, SampleId sampleId, String nodeId) {
        synchronized (projects) {
            NodeState node = nodes.get(new NodeKey(projectId, sampleId, nodeId));
            if (node == null) {
                return Optional.empty();
            }
            List<MicroTask> ofNode = tasks.values().stream()
                    .filter(t -> t.projectId().equals(projectId) && t.id().sampleId().equals(sampleId) && t.id().nodeId().equals(nodeId))
                    .sorted(Comparator.comparingInt(t -> t.id().slot()))
                    .toList();
            return Optional.of(new NodeTasks(node, ofNode));
        }
    }

    @Override
    public Optional<String> currentNode(ProjectId projectId, SampleId sampleId) {
        synchronized (projects) {
            return Optional.ofNullable(currentNodes.get(new SampleKey(projectId, sampleId)));
        }
    }

    @Override
    public Optional<WorkerLock> workerLock(ProjectId projectId, SampleId sampleId, String nodeId, WorkerId worker) {
        synchronized (projects) {
            return Optional.ofNullable(locks.get(new LockKey(projectId, sampleId, nodeId, worker)));
        }
    }

    @Override
    public LeaseOutcome lease(MicroTask before, WorkerId worker, String secretHash, Instant expiresAt, String receiptHandle) {
        synchronized (projects) {
            LockKey lockKey = new LockKey(before.projectId(), before.id().sampleId(), before.id().nodeId(), worker);
            if (!before.equals(tasks.get(before.ref()))) {
                return LeaseOutcome.RACED;
            }
            if (locks.containsKey(lockKey)) {
                return LeaseOutcome.WORKER_ALREADY_SERVED;
            }
            tasks.put(before.ref(), before.leased(worker, secretHash, expiresAt, receiptHandle));
            locks.put(lockKey, new WorkerLock(before.id(), secretHash, expiresAt, false));
            parked.getOrDefault(before.projectId(), new LinkedHashSet<>()).remove(before.id());
            return LeaseOutcome.LEASED;
        }
    }

    @Override
    public boolean park(MicroTask before, ProjectStatus projectStatus) {
        synchronized (projects) {
            if (!before.equals(tasks.get(before.ref())) || projects.find(before.projectId()).map(Project::status).orElse(null) != projectStatus) {
                return false;
            }
            tasks.put(before.ref(), before.parked());
            parked.computeIfAbsent(before.projectId(), id -> new LinkedHashSet<>()).add(before.id());
            return true;
        }
    }

    @Override
    public void answer(MicroTask before, String canonicalAnswerJson, Instant at) {
        synchronized (projects) {
            expectUnchanged(before, TaskState.LEASED);
            tasks.put(before.ref(), before.answered(Json.parse(canonicalAnswerJson), at));
        }
    }

    @Override
    public void release(MicroTask before) {
        synchronized (projects) {
            expectUnchanged(before, TaskState.LEASED);
            tasks.put(before.ref(), before.released());
            LockKey lockKey = new LockKey(before.projectId(), before.id().sampleId(), before.id().nodeId(), before.worker().orElseThrow());
            WorkerLock lock = locks.get(lockKey);
            if (lock != null) {
                locks.put(lockKey, new WorkerLock(lock.taskId(), lock.leaseSecretHash(), lock.leaseExpiresAt(), true));
            }
        }
    }

    @Override
    public List<MicroTask> enterFirstNode(Sample sample, NodeEntry entry, Instant at) {
        synchronized (projects) {
            Sample stored = samples.findAll(sample.projectId(), List.of(sample.id())).stream().findFirst().orElse(null);
            Project project = projects.find(sample.projectId()).orElse(null);
            NodeKey key = new NodeKey(sample.projectId(), sample.id(), entry.nodeId());
            if (stored == null || stored.status() != SampleStatus.PENDING || stored.stored().isEmpty()
                    || project == null || project.status() != ProjectStatus.RUNNING || nodes.containsKey(key)) {
                throw new ConcurrentModificationException("sample " + sample.id() + " or its project changed");
            }
            samples.changeStatus(sample.projectId(), sample.id(), SampleStatus.PROCESSING);
            currentNodes.put(new SampleKey(sample.projectId(), sample.id()), entry.nodeId());
            return createNode(sample.projectId(), sample.id(), entry);
        }
    }

    @Override
    public List<MicroTask> issueMore(NodeState before, int extra, Instant at) {
        synchronized (projects) {
            NodeKey key = new NodeKey(before.projectId(), before.sampleId(), before.nodeId());
            if (!before.equals(nodes.get(key))) {
                throw new ConcurrentModificationException("node " + key + " changed");
            }
            nodes.put(key, new NodeState(before.projectId(), before.sampleId(), before.nodeId(), before.issued() + extra, false,
                    Optional.empty(), before.version() + 1));
            List<MicroTask> created = new ArrayList<>();
            for (int slot = before.issued() + 1; slot <= before.issued() + extra; slot++) {
                MicroTask task = MicroTask.queued(before.projectId(), new TaskId(before.sampleId(), before.nodeId(), slot));
                tasks.put(task.ref(), task);
                created.add(task);
            }
            return created;
        }
    }

    @Override
    public List<MicroTask> decide(Decision decision) {
        synchronized (projects) {
            NodeState before = decision.before();
            NodeKey key = new NodeKey(before.projectId(), before.sampleId(), before.nodeId());
            Sample sample = samples.findAll(before.projectId(), List.of(before.sampleId())).stream().findFirst().orElse(null);
            Project project = projects.find(before.projectId()).orElse(null);
            if (!before.equals(nodes.get(key)) || before.decided() || sample == null || sample.status() != SampleStatus.PROCESSING
                    || project == null || project.status() == ProjectStatus.DELETED
                    || decision.nextTaskNode().map(next -> nodes.containsKey(new NodeKey(before.projectId(), before.sampleId(), next.nodeId())))
                    .orElse(false)) {
                throw new ConcurrentModificationException("node " + key + ", its sample or its project changed");
            }
            nodes.put(key, new NodeState(before.projectId(), before.sampleId(), before.nodeId(), before.issued(), true,
                    Optional.of(decision.nextNode()), before.version() + 1));
            SampleKey sampleKey = new SampleKey(before.projectId(), before.sampleId());
            results.computeIfAbsent(sampleKey, k -> new TreeMap<>()).put(before.nodeId(), decision.resultJson());
            currentNodes.put(sampleKey, decision.nextNode());
            projects.addAmountSpent(before.projectId(), decision.amountCents());
            if (decision.completesSample()) {
                samples.changeStatus(before.projectId(), before.sampleId(), SampleStatus.COMPLETED);
                return List.of();
            }
            return createNode(before.projectId(), before.sampleId(), decision.nextTaskNode().orElseThrow());
        }
    }

    @Override
    public boolean completeIfDone(ProjectId projectId, Instant at) {
        synchronized (projects) {
            Project project = projects.find(projectId).orElse(null);
            if (project == null || project.status() != ProjectStatus.RUNNING) {
                return false;
            }
            Counters c = project.counters();
            if (c.items() == 0 || c.noStart() != 0 || c.processing() != 0) {
                return false;
            }
            projects.save(project.withStatus(ProjectStatus.COMPLETED, at));
            return true;
        }
    }

    @Override
    public Page<SampleProgress> samples(ProjectId projectId, Optional<String> after, int limit, Set<SampleStatus> statuses) {
        synchronized (projects) {
            List<Sample> ordered = samples.all(projectId).stream()
                    .filter(sample -> after.map(a -> sample.id().value().compareTo(a) > 0).orElse(true))
                    .sorted(Comparator.comparing(sample -> sample.id().value()))
                    .toList();
            List<Sample> examined = ordered.subList(0, Math.min(limit, ordered.size()));
            List<SampleProgress> items = examined.stream()
                    .filter(sample -> statuses.isEmpty() || statuses.contains(sample.status()))
                    .map(sample -> {
                        SampleKey key = new SampleKey(projectId, sample.id());
                        return new SampleProgress(sample, Optional.ofNullable(currentNodes.get(key)), results.getOrDefault(key, Map.of()));
                    })
                    .toList();
            Optional<String> next = ordered.size() > limit ? Optional.of(examined.get(examined.size() - 1).id().value()) : Optional.empty();
            return new Page<>(items, next);
        }
    }

    @Override
    public List<TaskId> parked(ProjectId projectId, int limit) {
        synchronized (projects) {
            return parked.getOrDefault(projectId, Set.of()).stream().limit(limit).toList();
        }
    }

    @Override
    public boolean unpark(ProjectId projectId, TaskId taskId) {
        synchronized (projects) {
            parked.getOrDefault(projectId, new LinkedHashSet<>()).remove(taskId);
            MicroTask task = tasks.get(new TaskRef(projectId, taskId));
            if (task == null || task.state() != TaskState.PARKED) {
                return false;
            }
            tasks.put(task.ref(), task.unparked());
            return true;
        }
    }

    // ---- test helpers -------------------------------------------------------------------------

    public List<MicroTask> tasks(ProjectId projectId) {
        synchronized (projects) {
            return tasks.values().stream().filter(t -> t.projectId().equals(projectId)).toList();
        }
    }

    public Map<String, String> results(ProjectId projectId, SampleId sampleId) {
        synchronized (projects) {
            return Map.copyOf(results.getOrDefault(new SampleKey(projectId, sampleId), Map.of()));
        }
    }

    public Set<TaskId> parkedSet(ProjectId projectId) {
        synchronized (projects) {
            return Set.copyOf(parked.getOrDefault(projectId, Set.of()));
        }
    }

    private List<MicroTask> createNode(ProjectId projectId, SampleId sampleId, NodeEntry entry) {
        NodeKey key = new NodeKey(projectId, sampleId, entry.nodeId());
        nodes.put(key, NodeState.entered(projectId, sampleId, entry.nodeId(), entry.tasks()));
        List<MicroTask> created = new ArrayList<>();
        for (int slot = 1; slot <= entry.tasks(); slot++) {
            MicroTask task = MicroTask.queued(projectId, new TaskId(sampleId, entry.nodeId(), slot));
            tasks.put(task.ref(), task);
            created.add(task);
        }
        return created;
    }

    private void expectUnchanged(MicroTask before, TaskState state) {
        MicroTask stored = tasks.get(before.ref());
        if (stored == null || stored.version() != before.version() || stored.state() != state
                || !stored.leaseSecretHash().equals(before.leaseSecretHash())) {
            throw new ConcurrentModificationException("micro-task " + before.id() + " changed");
        }
    }
}
