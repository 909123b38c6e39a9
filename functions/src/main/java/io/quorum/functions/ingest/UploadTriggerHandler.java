package io.quorum.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.quorum.api.events.Uploads;
import io.quorum.app.Quorum;
import io.quorum.functions.wiring.AwsQuorum;
import io.quorum.ingest.Ingestion;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each object put under {@code uploads/} into a sample and ingests it. Idempotent: the sample
 * id comes from the key, so a redelivered event finds its sample. A record that fails for any other
 * reason fails the whole invocation once every record was tried, so Lambda delivers the event again.
 */
public final class UploadTriggerHandler implements RequestHandler<S3Event, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(UploadTriggerHandler.class);

    private final Ingestion ingestion;

    public UploadTriggerHandler() {
        this(AwsQuorum.get());
    }

    public UploadTriggerHandler(Quorum quorum) {
        this.ingestion = quorum.ingestion();
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        int failed = 0;
        for (S3EventNotificationRecord record : event.getRecords()) {
            String bucket = record.getS3().getBucket().getName();
            // S3 writes keys URL-encoded, a space as '+' (upload names cannot hold a literal '+')
            String key = URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
            try {
                String outcome = Uploads.register(ingestion, bucket, key);
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
