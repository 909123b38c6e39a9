package io.quorum.testing;

import io.quorum.auth.UserId;
import io.quorum.error.ConcurrentModificationException;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectNameTakenException;
import io.quorum.project.ProjectStatus;
import io.quorum.project.ProjectStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Projects in memory, honouring the {@link ProjectStore} contract as the DynamoDB adapter does:
 * per-owner project numbers, one live project per name and owner (released on delete and rename),
 * and writes conditional on the version and status that were read. When a write both loses a race
 * and hits a taken name, the name wins, as in the DynamoDB transaction.
 *
 * <p>All methods lock this object; {@link InMemorySampleStore} takes the same lock.
 */
public final class InMemoryProjectStore implements ProjectStore {

    private record NameKey(UserId owner, String name) {
    }

    private final Map<ProjectId, Project> projects = new LinkedHashMap<>();
    private final Map<UserId, Long> sequences = new HashMap<>();
    private final Map<NameKey, ProjectId> names = new HashMap<>();

    @Override
    public synchronized long nextProjectNumber(UserId owner) {
        return sequences.merge(Objects.requireNonNull(owner, "owner"), 1L, Long::sum);
    }

    @Override
    public synchronized void create(Project project) {
        NameKey key = nameKey(project);
        if (names.containsKey(key)) {
            throw new ProjectNameTakenException(project.spec().name());
        }
        if (projects.containsKey(project.id())) {
            throw new ConcurrentModificationException("project " + project.id() + " already exists");
        }
        projects.put(project.id(), project);
        names.put(key, project.id());
    }

    @Override
    public synchronized Optional<Project> find(ProjectId id) {
        return Optional.ofNullable(projects.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized void replaceSpec(Project before, Project after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("replaceSpec cannot change a project's id");
        }
        boolean renamed = !before.spec().name().equals(after.spec().name());
        if (renamed && names.containsKey(nameKey(after))) {
            throw new ProjectNameTakenException(after.spec().name());
        }
        Project stored = expectUnchanged(before);
        if (renamed && !before.id().equals(names.get(nameKey(before)))) {
            throw new ConcurrentModificationException("the name reservation of " + before.id() + " changed meanwhile");
        }
        // As the DynamoDB update: the configuration (spec and workflow), version and time change; status and counters stay as stored.
        projects.put(stored.id(), new Project(stored.id(), stored.owner(), after.spec(), stored.status(), stored.counters(),
                stored.amountSpentCents(), stored.createdAt(), after.updatedAt(), after.version(), after.customWorkflow()));
        if (renamed) {
            names.remove(nameKey(before));
            names.put(nameKey(after), stored.id());
        }
    }

    @Override
    public synchronized void changeStatus(Project before, ProjectStatus status, Instant at) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Project stored = expectUnchanged(before);
        if (status == ProjectStatus.DELETED && !before.id().equals(names.get(nameKey(before)))) {
            throw new ConcurrentModificationException("the name reservation of " + before.id() + " changed meanwhile");
        }
        projects.put(stored.id(), stored.withStatus(status, at));
        if (status == ProjectStatus.DELETED) {
            names.remove(nameKey(before));
        }
    }

    // ---- test helpers -------------------------------------------------------------------------

    /**
     * Stores {@code project} as it is (for arranging a test, e.g. a project an operator approved),
     * moving its name reservation along; refuses a name another live project of the owner holds.
     */
    public synchronized void save(Project project) {
        NameKey key = nameKey(project);
        ProjectId holder = names.get(key);
        boolean live = project.status() != ProjectStatus.DELETED;
        if (live && holder != null && !holder.equals(project.id())) {
            throw new ProjectNameTakenException(project.spec().name());
        }
        names.values().removeIf(project.id()::equals);
        if (live) {
            names.put(key, project.id());
        }
        projects.put(project.id(), project);
    }

    /** The project with this id, which a test expects to exist. */
    public synchronized Project get(ProjectId id) {
        return find(id).orElseThrow(() -> new AssertionError("no project " + id + " in the store"));
    }

    /** The live project of {@code owner} that holds {@code name}, if any. */
    public synchronized Optional<ProjectId> nameHolder(UserId owner, String name) {
        return Optional.ofNullable(names.get(new NameKey(owner, name)));
    }

    public synchronized List<Project> all() {
        return List.copyOf(projects.values());
    }

    /** Changes the counters without touching the version, like the DynamoDB {@code ADD} the sample store runs. */
    synchronized void updateCounters(ProjectId id, UnaryOperator<Counters> change) {
        Project stored = get(id);
        projects.put(id, new Project(stored.id(), stored.owner(), stored.spec(), stored.status(), change.apply(stored.counters()),
                stored.amountSpentCents(), stored.createdAt(), stored.updatedAt(), stored.version(), stored.customWorkflow()));
    }

    /** Adds to the amount spent without touching the version, like the DynamoDB {@code ADD} the task store runs. */
    synchronized void addAmountSpent(ProjectId id, long cents) {
        Project stored = get(id);
        projects.put(id, new Project(stored.id(), stored.owner(), stored.spec(), stored.status(), stored.counters(),
                stored.amountSpentCents() + cents, stored.createdAt(), stored.updatedAt(), stored.version()));
    }

    private Project expectUnchanged(Project before) {
        Project stored = projects.get(before.id());
        if (stored == null || stored.version() != before.version() || stored.status() != before.status()) {
            throw new ConcurrentModificationException("project " + before.id() + " changed since it was read");
        }
        return stored;
    }

    private static NameKey nameKey(Project project) {
        return new NameKey(project.owner(), project.spec().name());
    }
}
