package io.quorum.sample;

import io.quorum.workflow.ResourceType;
import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.error.OptimisticRetry;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectStore;
import io.quorum.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: a customer adds resources to a project by URL. New URLs become samples, counted on the
 * project in the same atomic write, and go on the ingest queue; a URL the project already has is
 * not counted again, and is queued again only while it still waits to be fetched, so a client that
 * retries after a timeout never duplicates work.
 */
public final class SubmitResources {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitResources.class);

    private final ProjectStore projects;
    private final SampleStore samples;
    private final IngestQueue queue;
    private final Clock clock;

    public SubmitResources(ProjectStore projects, SampleStore samples, IngestQueue queue, Clock clock) {
        this.projects = projects;
        this.samples = samples;
        this.queue = queue;
        this.clock = clock;
    }

    public Receipt execute(Command command) {
        Recorded recorded = OptimisticRetry.run(() -> record(command));
        enqueue(command.owner(), recorded.added(), recorded.existing());
        return new Receipt(recorded.projectId(), command.resourceType(), command.urls(), recorded.added().size(),
                recorded.existing().size(), recorded.at());
    }

    /** Reads the project and the samples it already has, and writes the new ones with their count. */
    private Recorded record(Command command) {
        Project project = projects.findOwned(command.owner(), command.projectId());
        if (!project.status().acceptsResources()) {
            throw new DomainException(Failure.UPLOADS_CLOSED, "the project is " + project.status().wireName() + " and takes no more resources");
        }
        if (!project.spec().type().accepts(command.resourceType())) {
            throw new DomainException(Failure.RESOURCE_INVALID, "resourceType " + command.resourceType().wireName()
                    + " cannot be labeled by a " + project.spec().type().wireName() + " project");
        }
        Instant now = clock.now();
        Map<SampleId, String> urlsById = command.urls().stream()
                .collect(Collectors.toMap(SampleId::forSource, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Sample> existing = samples.findAll(project.id(), urlsById.keySet());
        existing.forEach(sample -> urlsById.remove(sample.id()));
        List<Sample> added = urlsById.values().stream()
                .map(url -> Sample.submitted(project.id(), url, command.resourceType(), now))
                .toList();
        if (!added.isEmpty()) {
            samples.addAll(project, added, now);
        }
        return new Recorded(project.id(), added, existing, now);
    }

    private record Recorded(ProjectId projectId, List<Sample> added, List<Sample> existing, Instant at) {
    }

    private void enqueue(UserId owner, List<Sample> added, List<Sample> existing) {
        List<IngestRequest> requests = new ArrayList<>();
        for (List<Sample> group : List.of(added, existing)) {
            group.stream()
                    .filter(sample -> sample.status() == SampleStatus.PENDING)
                    .map(sample -> new IngestRequest(owner, sample.projectId(), sample.id(), sample.source(), sample.resourceType()))
                    .forEach(requests::add);
        }
        if (requests.isEmpty()) {
            return;
        }
        try {
            queue.enqueue(requests);
        } catch (RuntimeException unavailable) {
            LOG.atWarn().addKeyValue("requests", requests.size()).addKeyValue("cause", unavailable.toString())
                    .log("ingest queue refused a send; the samples stay pending until the client resubmits");
            throw new DomainException(Failure.QUEUE_UNAVAILABLE,
                    "the resources were recorded but not all could be queued for fetching; submit the same URLs again to finish");
        }
    }

    /** Checked on construction: 1 to 99 URLs, each valid; repeated URLs in one request count once. */
    public record Command(UserId owner, String projectId, ResourceType resourceType, List<String> urls) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(resourceType, "resourceType");
            Objects.requireNonNull(urls, "urls");
            if (urls.isEmpty()) {
                throw DomainException.invalidParameter("params.resourceURLs must hold at least one URL");
            }
            if (urls.size() > SampleStore.MAX_SAMPLES_PER_WRITE) {
                throw DomainException.invalidParameter("params.resourceURLs holds " + urls.size()
                        + " URLs; at most " + SampleStore.MAX_SAMPLES_PER_WRITE + " fit one request");
            }
            for (int i = 0; i < urls.size(); i++) {
                ResourceUrls.check(urls.get(i), "params.resourceURLs[" + i + "]");
            }
            urls = List.copyOf(new LinkedHashSet<>(urls));
        }
    }

    public record Receipt(ProjectId projectId, ResourceType resourceType, List<String> urls, int added, int duplicates,
                          Instant at) {
    }
}
