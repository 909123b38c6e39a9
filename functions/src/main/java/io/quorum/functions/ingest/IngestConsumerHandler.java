package io.quorum.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.functions.Wiring;
import io.quorum.ingest.IngestResource;
import io.quorum.ingest.IngestRetryException;
import io.quorum.sample.IngestRequest;
import io.quorum.store.SqsIngestQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the ingest queue: each message is one sample to fetch, check and store. Messages that
 * failed for a passing reason are reported back one by one so only they are delivered again; a
 * message that cannot be read is acknowledged, as no delivery would ever read it.
 */
public final class IngestConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(IngestConsumerHandler.class);

    private final IngestResource ingest;

    public IngestConsumerHandler() {
        this(new IngestResource(Wiring.samples(), Wiring.fetcher(), Wiring.resourcesBlobs(), Optional.empty(),
                Wiring.contentInspector(), Wiring.dispatcher(), Wiring.ingestSettings()));
    }

    public IngestConsumerHandler(IngestResource ingest) {
        this.ingest = ingest;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            IngestRequest request;
            try {
                request = SqsIngestQueue.fromJson(message.getBody());
            } catch (IllegalArgumentException malformed) {
                LOG.atError().addKeyValue("messageId", message.getMessageId()).addKeyValue("cause", malformed.getMessage())
                        .log("dropping an ingest message that cannot be read");
                continue;
            }
            try {
                ingest.execute(request, attemptOf(message));
            } catch (IngestRetryException retry) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } catch (RuntimeException e) {
                LOG.atError().setCause(e).addKeyValue("messageId", message.getMessageId())
                        .addKeyValue("sampleId", request.sampleId()).log("ingestion failed; the message will be delivered again");
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** SQS counts deliveries in ApproximateReceiveCount; a message without it is taken as a first delivery. */
    static int attemptOf(SQSEvent.SQSMessage message) {
        String count = message.getAttributes() == null ? null : message.getAttributes().get("ApproximateReceiveCount");
        try {
            return count == null ? 1 : Math.max(1, Integer.parseInt(count));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
