package io.quorum.ingest;

import io.quorum.http.FetchResult;
import io.quorum.http.ResourceFetcher;
import io.quorum.blob.BlobStore;
import io.quorum.error.OptimisticRetry;
import io.quorum.project.ProjectId;
import io.quorum.sample.IngestRequest;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.sample.SampleStore;
import io.quorum.sample.StoredResource;
import io.quorum.engine.Dispatcher;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: bring one sample's resource into the platform bucket. The bytes come from the URL
 * (through the SSRF-guarded fetcher) or, for a direct upload, from the uploads bucket; they are
 * checked against the sample's resource type, stored under {@code resources/{projectId}/{sampleId}},
 * recorded on the sample, and the sample is handed to the workflow.
 *
 * <p>At-least-once delivery is expected: a sample that is gone or no longer pending is left alone;
 * one already ingested is handed to the dispatcher again (which is idempotent), so a delivery that
 * stored the sample but died before dispatching is finished by the next. A resource that can never
 * be used marks the sample failed with its reason; one that may work later throws
 * {@link IngestRetryException} so the queue delivers it again, until the last attempt marks it failed.
 */
public final class IngestResource {

    private static final Logger LOG = LoggerFactory.getLogger(IngestResource.class);

    /** What happened to the sample. */
    public enum Outcome {
        /** Stored, recorded and handed to the workflow by this call. */
        INGESTED,
        /** Marked failed by this call. */
        FAILED,
        /** Another delivery already decided the sample (or it is gone): nothing changed. */
        ALREADY_DONE
    }

    /**
     * @param maxBytes    the largest resource accepted (FETCH_MAX_BYTES)
     * @param lastAttempt the delivery at which a passing failure becomes final (the queue's maxReceiveCount)
     */
    public record Settings(long maxBytes, int lastAttempt) {
        public static final int DEFAULT_LAST_ATTEMPT = 5;

        public Settings {
            if (maxBytes < 1 || lastAttempt < 1) {
                throw new IllegalArgumentException("maxBytes and lastAttempt must be positive");
            }
        }
    }

    private final SampleStore samples;
    private final ResourceFetcher fetcher;
    private final BlobStore resources;
    private final Optional<BlobStore> uploads;
    private final ContentInspector inspector;
    private final Dispatcher dispatcher;
    private final Settings settings;

    /** @param uploads the uploads bucket, for samples made from direct uploads; empty where none are handled */
    public IngestResource(SampleStore samples, ResourceFetcher fetcher, BlobStore resources, Optional<BlobStore> uploads,
                          ContentInspector inspector, Dispatcher dispatcher, Settings settings) {
        this.samples = Objects.requireNonNull(samples, "samples");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.resources = Objects.requireNonNull(resources, "resources");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The key of a sample's checked copy in the platform bucket. */
    public static String blobKey(ProjectId projectId, SampleId sampleId) {
        return "resources/" + projectId.value() + "/" + sampleId.value();
    }

    /** @param attempt which delivery of this request this is, counting from 1 */
    public Outcome execute(IngestRequest request, int attempt) {
        Optional<Sample> found = samples.find(request.projectId(), request.sampleId());
        if (found.isEmpty()) {
            LOG.atWarn().addKeyValue("projectId", request.projectId()).addKeyValue("sampleId", request.sampleId())
                    .log("no such sample; nothing to ingest");
            return Outcome.ALREADY_DONE;
        }
        Sample sample = found.get();
        if (sample.status() != SampleStatus.PENDING) {
            return Outcome.ALREADY_DONE;
        }
        if (sample.isIngested()) {
            dispatcher.sampleReady(sample.projectId(), sample.id());
            return Outcome.ALREADY_DONE;
        }
        // The stored sample, not the message, says what to fetch and what it must be.
        FetchResult result = obtain(request, sample);
        if (result instanceof FetchResult.Refused refused) {
            return fail(sample, refused.reason());
        }
        if (result instanceof FetchResult.Unavailable unavailable) {
            if (attempt >= settings.lastAttempt()) {
                return fail(sample, "unreachable after " + attempt + " attempts: " + unavailable.reason());
            }
            LOG.atInfo().addKeyValue("projectId", sample.projectId()).addKeyValue("sampleId", sample.id())
                    .addKeyValue("host", hostOf(sample.source())).addKeyValue("attempt", attempt)
                    .addKeyValue("reason", unavailable.reason()).log("resource unavailable; will retry");
            throw new IngestRetryException(unavailable.reason());
        }
        byte[] body = ((FetchResult.Fetched) result).body();
        ContentInspector.Inspection inspection = inspector.inspect(body, sample.resourceType());
        if (inspection instanceof ContentInspector.Inspection.Refused refused) {
            return fail(sample, refused.reason());
        }
        ContentInspector.Inspection.Accepted accepted = (ContentInspector.Inspection.Accepted) inspection;
        String key = blobKey(sample.projectId(), sample.id());
        // Stored before it is recorded: a recorded sample always has its copy. A redelivery overwrites the
        // same key with the same kind of content, so a crash between the two steps leaves nothing behind.
        resources.put(key, body, accepted.contentType());
        StoredResource stored = new StoredResource(key, accepted.contentType(), body.length, accepted.width(), accepted.height());
        if (!samples.markIngested(sample.projectId(), sample.id(), stored)) {
            return Outcome.ALREADY_DONE;
        }
        LOG.atInfo().addKeyValue("projectId", sample.projectId()).addKeyValue("sampleId", sample.id())
                .addKeyValue("contentType", accepted.contentType()).addKeyValue("bytes", body.length).log("resource ingested");
        dispatcher.sampleReady(sample.projectId(), sample.id());
        return Outcome.INGESTED;
    }

    private FetchResult obtain(IngestRequest request, Sample sample) {
        Optional<String> uploadName = UploadKey.nameOfSource(sample.source());
        if (uploadName.isEmpty()) {
            return fetcher.fetch(sample.source());
        }
        BlobStore bucket = uploads.orElseThrow(() -> new IllegalStateException("this function has no uploads bucket for " + sample.id()));
        String key = new UploadKey(request.owner(), sample.projectId(), uploadName.get()).key();
        Optional<Long> size = bucket.size(key);
        if (size.isEmpty()) {
            return new FetchResult.Refused("the uploaded file is gone");
        }
        if (size.get() > settings.maxBytes()) {
            return new FetchResult.Refused("the resource is larger than the limit of " + settings.maxBytes() + " bytes");
        }
        return bucket.read(key, settings.maxBytes())
                .<FetchResult>map(bytes -> new FetchResult.Fetched(bytes, ""))
                .orElseGet(() -> new FetchResult.Refused("the uploaded file is gone"));
    }

    private Outcome fail(Sample sample, String reason) {
        boolean marked = OptimisticRetry.run(() -> samples.markFailed(sample.projectId(), sample.id(), reason));
        LOG.atInfo().addKeyValue("projectId", sample.projectId()).addKeyValue("sampleId", sample.id())
                .addKeyValue("host", hostOf(sample.source())).addKeyValue("reason", reason).addKeyValue("marked", marked)
                .log("resource refused");
        return marked ? Outcome.FAILED : Outcome.ALREADY_DONE;
    }

    /** Only the host reaches the logs: paths and query strings may carry tokens. */
    static String hostOf(String source) {
        if (UploadKey.nameOfSource(source).isPresent()) {
            return "upload";
        }
        try {
            String host = URI.create(source).getHost();
            return host == null ? "?" : host;
        } catch (IllegalArgumentException e) {
            return "?";
        }
    }
}
