package io.quorum.ingest;

import io.quorum.error.OptimisticRetry;
import io.quorum.project.Project;
import io.quorum.project.ProjectStatus;
import io.quorum.project.ProjectStore;
import io.quorum.sample.IngestRequest;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStore;
import io.quorum.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: an object arrived in the uploads bucket. When its key names a live project of that
 * owner which takes resources, it becomes a sample (source {@code upload:{name}}, id derived from
 * it, so a redelivered event finds the sample it made), counted on the project in the same write,
 * and is ingested at once, with the same checks as a fetched resource. Any other object is ignored.
 *
 * <p>The resource type is the project's: image for image projects, text for text projects. The bytes
 * are checked against it, whatever the file's name or content type claimed.
 */
public final class RegisterUpload {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterUpload.class);

    public enum Outcome {
        INGESTED,
        FAILED,
        /** The sample existed and was already decided (a redelivered event). */
        ALREADY_DONE,
        /** The object fits no project that takes it. */
        IGNORED
    }

    private final ProjectStore projects;
    private final SampleStore samples;
    private final IngestResource ingest;
    private final Clock clock;

    public RegisterUpload(ProjectStore projects, SampleStore samples, IngestResource ingest, Clock clock) {
        this.projects = projects;
        this.samples = samples;
        this.ingest = ingest;
        this.clock = clock;
    }

    /** @param key the object's key, already URL-decoded */
    public Outcome execute(String key) {
        Optional<UploadKey> parsed = UploadKey.parse(key);
        if (parsed.isEmpty()) {
            LOG.atWarn().log("ignoring an object whose key is not uploads/{userId}/{projectId}/{name}");
            return Outcome.IGNORED;
        }
        UploadKey upload = parsed.get();
        Optional<Sample> registered = OptimisticRetry.run(() -> register(upload));
        if (registered.isEmpty()) {
            return Outcome.IGNORED;
        }
        Sample sample = registered.get();
        IngestRequest request = new IngestRequest(upload.owner(), sample.projectId(), sample.id(), sample.source(), sample.resourceType());
        // attempt 1: a passing failure throws, the invocation fails, and Lambda delivers the event again
        return switch (ingest.execute(request, 1)) {
            case INGESTED -> Outcome.INGESTED;
            case FAILED -> Outcome.FAILED;
            case ALREADY_DONE -> Outcome.ALREADY_DONE;
        };
    }

    private Optional<Sample> register(UploadKey upload) {
        Optional<Project> found = projects.find(upload.projectId())
                .filter(project -> project.isOwnedBy(upload.owner()) && project.status() != ProjectStatus.DELETED);
        if (found.isEmpty()) {
            LOG.atWarn().addKeyValue("projectId", upload.projectId()).log("ignoring an upload for a project that is not its owner's or is gone");
            return Optional.empty();
        }
        Project project = found.get();
        Instant now = clock.now();
        Optional<Sample> existing = samples.find(project.id(), SampleId.forSource(upload.source()));
        if (existing.isPresent()) {
            return existing;
        }
        Optional<ResourceType> type = RequestUploadUrls.uploadTypeOf(project);
        if (!project.status().acceptsResources() || type.isEmpty()) {
            LOG.atWarn().addKeyValue("projectId", project.id()).addKeyValue("projectStatus", project.status().wireName())
                    .log("ignoring an upload to a project that takes no resources now");
            return Optional.empty();
        }
        Sample sample = Sample.submitted(project.id(), upload.source(), type.get(), now);
        // A lost race (ConcurrentModificationException) runs this again from a fresh read: the sample
        // exists by then (another delivery made it), or the project stopped taking resources.
        samples.addAll(project, List.of(sample), now);
        LOG.atInfo().addKeyValue("projectId", project.id()).addKeyValue("sampleId", sample.id()).log("upload recorded as a sample");
        return Optional.of(sample);
    }
}
