package io.quorum.project;

import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Use case: a customer reads a project and its progress, either over its whole life (the counters
 * kept on the project) or for the samples submitted within a time window.
 */
public final class RetrieveProject {

    private final ProjectStore projects;
    private final SubmittedSampleCounts samples;

    public RetrieveProject(ProjectStore projects, SubmittedSampleCounts samples) {
        this.projects = projects;
        this.samples = samples;
    }

    public Report execute(Query query) {
        Project project = projects.findOwned(query.owner(), query.projectId());
        Counters counters = query.window()
                .map(window -> samples.countSubmittedBetween(project.id(), window.from(), window.to()))
                .orElse(project.counters());
        return new Report(project, counters);
    }

    public record Query(UserId owner, String projectId, Optional<Window> window) {
        public Query {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(window, "window");
        }
    }

    /** A closed interval of submission times; either end may be left open by the client. */
    public record Window(Instant from, Instant to) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isAfter(to)) {
                throw new DomainException(Failure.QUERY_REFUSED, "startTime must not be after endTime");
            }
        }

        public static Optional<Window> of(Optional<Long> startMillis, Optional<Long> endMillis) {
            if (startMillis.isEmpty() && endMillis.isEmpty()) {
                return Optional.empty();
            }
            long start = startMillis.orElse(0L);
            long end = endMillis.orElse(Long.MAX_VALUE / 1_000_000);
            if (start < 0 || end < 0) {
                throw new DomainException(Failure.QUERY_REFUSED, "startTime and endTime must be milliseconds since the epoch, not negative");
            }
            return Optional.of(new Window(Instant.ofEpochMilli(start), Instant.ofEpochMilli(end)));
        }
    }

    public record Report(Project project, Counters counters) {
    }
}
