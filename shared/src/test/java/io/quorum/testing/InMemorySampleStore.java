package io.quorum.testing;

import io.quorum.error.ConcurrentModificationException;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.sample.SampleStore;
import io.quorum.sample.StoredResource;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Samples in memory, sharing an {@link InMemoryProjectStore} whose counters {@link #addAll} updates
 * in the same step, all or nothing. As the DynamoDB transaction does, {@code addAll} refuses with a
 * {@link ConcurrentModificationException} when the stored project is missing, has another owner, another
 * type or a status that does not accept resources, or when any of the samples already exists.
 */
public final class InMemorySampleStore implements SampleStore {

    private final InMemoryProjectStore projects;
    private final Map<ProjectId, Map<SampleId, Sample>> samples = new HashMap<>();

    public InMemorySampleStore(InMemoryProjectStore projects) {
        this.projects = Objects.requireNonNull(projects, "projects");
    }

    @Override
    public List<Sample> findAll(ProjectId projectId, Collection<SampleId> ids) {
        synchronized (projects) {
            Map<SampleId, Sample> ofProject = samples.getOrDefault(projectId, Map.of());
            return ids.stream().distinct().map(ofProject::get).filter(Objects::nonNull).toList();
        }
    }

    @Override
    public void addAll(Project project, List<Sample> added, Instant at) {
        if (added.isEmpty() || added.size() > MAX_SAMPLES_PER_WRITE) {
            throw new IllegalArgumentException("between 1 and " + MAX_SAMPLES_PER_WRITE + " samples fit one write");
        }
        Set<SampleId> ids = new HashSet<>();
        for (Sample sample : added) {
            if (!sample.projectId().equals(project.id())) {
                throw new IllegalArgumentException("sample " + sample.id() + " belongs to another project");
            }
            if (!ids.add(sample.id())) {
                throw new IllegalArgumentException("sample " + sample.id() + " appears twice in one write");
            }
        }
        synchronized (projects) {
            Project stored = projects.find(project.id()).orElse(null);
            if (stored == null || !stored.owner().equals(project.owner()) || stored.spec().type() != project.spec().type()
                    || !stored.status().acceptsResources()) {
                throw new ConcurrentModificationException("project " + project.id() + " no longer takes resources");
            }
            Map<SampleId, Sample> ofProject = samples.computeIfAbsent(project.id(), id -> new LinkedHashMap<>());
            if (ids.stream().anyMatch(ofProject::containsKey)) {
                throw new ConcurrentModificationException("a sample of project " + project.id() + " already exists");
            }
            added.forEach(sample -> ofProject.put(sample.id(), sample));
            projects.updateCounters(project.id(), counters -> counters.withNewSamples(added.size()));
        }
    }

    @Override
    public boolean markIngested(ProjectId projectId, SampleId sampleId, StoredResource stored) {
        synchronized (projects) {
            Sample sample = awaitingIngestion(projectId, sampleId);
            if (sample == null) {
                return false;
            }
            samples.get(projectId).put(sampleId, new Sample(sample.projectId(), sample.id(), sample.source(), sample.resourceType(),
                    sample.status(), sample.submittedAt(), Optional.of(stored), Optional.empty()));
            return true;
        }
    }

    @Override
    public boolean markFailed(ProjectId projectId, SampleId sampleId, String reason) {
        Objects.requireNonNull(reason, "reason");
        synchronized (projects) {
            Sample sample = awaitingIngestion(projectId, sampleId);
            if (sample == null) {
                return false;
            }
            samples.get(projectId).put(sampleId, new Sample(sample.projectId(), sample.id(), sample.source(), sample.resourceType(),
                    SampleStatus.FAILED, sample.submittedAt(), Optional.empty(), Optional.of(reason)));
            projects.updateCounters(projectId, counters -> move(counters, SampleStatus.PENDING, SampleStatus.FAILED));
            return true;
        }
    }

    /** The sample when it is pending and not yet ingested, as the DynamoDB condition requires; else null. */
    private Sample awaitingIngestion(ProjectId projectId, SampleId sampleId) {
        Sample sample = samples.getOrDefault(projectId, Map.of()).get(sampleId);
        return sample != null && sample.status() == SampleStatus.PENDING && !sample.isIngested() ? sample : null;
    }

    @Override
    public Counters countSubmittedBetween(ProjectId projectId, Instant from, Instant to) {
        synchronized (projects) {
            Map<SampleStatus, Long> counts = new EnumMap<>(SampleStatus.class);
            for (SampleStatus status : SampleStatus.values()) {
                counts.put(status, 0L);
            }
            samples.getOrDefault(projectId, Map.of()).values().stream()
                    .filter(sample -> !sample.submittedAt().isBefore(from) && !sample.submittedAt().isAfter(to))
                    .forEach(sample -> counts.merge(sample.status(), 1L, Long::sum));
            long completed = counts.get(SampleStatus.COMPLETED);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            return new Counters(total, counts.get(SampleStatus.PENDING), counts.get(SampleStatus.PROCESSING), completed,
                    completed, counts.get(SampleStatus.FAILED), completed);
        }
    }

    // ---- test helpers -------------------------------------------------------------------------

    /** Every sample of the project, in the order they were added. */
    public List<Sample> all(ProjectId projectId) {
        synchronized (projects) {
            return List.copyOf(samples.getOrDefault(projectId, Map.of()).values());
        }
    }

    /**
     * Moves a sample to {@code status} (as the fetcher or the workers would) and moves one count on
     * the project's counters with it; a completed sample counts as a success and an output.
     */
    public void changeStatus(ProjectId projectId, SampleId sampleId, SampleStatus status) {
        synchronized (projects) {
            Sample sample = samples.getOrDefault(projectId, Map.of()).get(sampleId);
            if (sample == null) {
                throw new AssertionError("no sample " + sampleId + " in project " + projectId);
            }
            if (sample.status() == status) {
                return;
            }
            samples.get(projectId).put(sampleId, new Sample(sample.projectId(), sample.id(), sample.source(),
                    sample.resourceType(), status, sample.submittedAt(), sample.stored(), sample.failureReason()));
            projects.updateCounters(projectId, counters -> move(counters, sample.status(), status));
        }
    }

    /** Replaces a stored sample with {@code sample} of the same status (e.g. once its resource is stored); counters stay. */
    public void replace(Sample sample) {
        synchronized (projects) {
            Sample stored = samples.getOrDefault(sample.projectId(), Map.of()).get(sample.id());
            if (stored == null || stored.status() != sample.status()) {
                throw new AssertionError("replace keeps an existing sample's status: " + sample.id());
            }
            samples.get(sample.projectId()).put(sample.id(), sample);
        }
    }

    /** One sample's count moved from one bucket to another, so that items stays the sum of the buckets. */
    private static Counters move(Counters c, SampleStatus from, SampleStatus to) {
        long[] v = {c.noStart(), c.processing(), c.completed(), c.failed()};
        v[bucket(from)]--;
        v[bucket(to)]++;
        long delivered = (to == SampleStatus.COMPLETED ? 1 : 0) - (from == SampleStatus.COMPLETED ? 1 : 0);
        return new Counters(c.items(), v[0], v[1], v[2], c.success() + delivered, v[3], c.output() + delivered);
    }

    private static int bucket(SampleStatus status) {
        return switch (status) {
            case PENDING -> 0;
            case PROCESSING -> 1;
            case COMPLETED -> 2;
            case FAILED -> 3;
        };
    }
}
