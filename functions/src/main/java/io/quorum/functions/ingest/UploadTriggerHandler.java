package io.quorum.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.quorum.blob.BlobStore;
import io.quorum.functions.Wiring;
import io.quorum.ingest.ContentInspector;
import io.quorum.ingest.IngestResource;
import io.quorum.ingest.RegisterUpload;
import io.quorum.http.ResourceFetcher;
import io.quorum.project.ProjectStore;
import io.quorum.sample.SampleStore;
import io.quorum.engine.Dispatcher;
import io.quorum.time.Clock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each object put under {@code uploads/} into a sample and ingests it. Idempotent: the sample
 * id comes from the key, so a redelivered event finds its sample. A record that fails for any other
 * reason fails the whole invocation once every record was tried, so Lambda delivers the event again.
 */
public final class UploadTriggerHandler implements RequestHandler<S3Event, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(UploadTriggerHandler.class);

    private final Function<String, RegisterUpload> registerFor;
    private final Map<String, RegisterUpload> byBucket = new ConcurrentHashMap<>();

    public UploadTriggerHandler() {
        this(Wiring.projects(), Wiring.samples(), Wiring.resourcesBlobs(), Wiring::blobs, Wiring.fetcher(),
                Wiring.contentInspector(), Wiring.dispatcher(), Wiring.ingestSettings(), Wiring.clock());
    }

    /** @param bucketBlobs the bucket an event names, as a blob store (the trigger learns the uploads bucket from its events) */
    public UploadTriggerHandler(ProjectStore projects, SampleStore samples, BlobStore resources, Function<String, BlobStore> bucketBlobs,
                                ResourceFetcher fetcher, ContentInspector inspector, Dispatcher dispatcher,
                                IngestResource.Settings settings, Clock clock) {
        this.registerFor = bucket -> new RegisterUpload(projects, samples, new IngestResource(samples, fetcher, resources,
                Optional.of(bucketBlobs.apply(bucket)), inspector, dispatcher, settings), clock);
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        int failed = 0;
        for (S3EventNotificationRecord record : event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            // S3 writes keys URL-encoded, a space as '+' (upload names cannot hold a literal '+')
            String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
            try {
                RegisterUpload.Outcome outcome = byBucket.computeIfAbsent(bucket, registerFor).execute(key);
                LOG.atInfo().addKeyValue("outcome", outcome).log("upload handled");
            } catch (RuntimeException e) {
                failed++;
                LOG.atError().setCause(e).log("an upload could not be handled; the event will be delivered again");
            }
        }
        if (failed > 0) {
            throw new IllegalStateException(failed + " of " + event.getRecords().size() + " uploads could not be handled");
        }
        return null;
    }
}
