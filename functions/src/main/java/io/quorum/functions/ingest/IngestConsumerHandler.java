package io.quorum.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.SqsConsumer;
import io.quorum.ingest.IngestResource;
import io.quorum.ingest.IngestRetryException;
import io.quorum.sample.IngestRequest;
import io.quorum.aws.sqs.SqsIngestQueue;
import java.util.Optional;

/**
 * Consumes the ingest queue: each message is one sample to fetch, check and store. Messages that
 * failed for a passing reason are reported back one by one so only they are delivered again; a
 * message that cannot be read is acknowledged, as no delivery would ever read it.
 */
public final class IngestConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final SqsConsumer<IngestRequest> CONSUMER = new SqsConsumer<>("ingest", IngestConsumerHandler::read, SqsConsumer.Order.ANY);

    private final IngestResource ingest;

    public IngestConsumerHandler() {
        this(new IngestResource(Wiring.samples(), Wiring.fetcher(), Wiring.resourcesBlobs(), Optional.empty(),
                Wiring.contentInspector(), Wiring.dispatcher(), Wiring.ingestSettings()));
    }

    public IngestConsumerHandler(IngestResource ingest) {
        this.ingest = ingest;
    }

    private static Optional<IngestRequest> read(String body) {
        try {
            return Optional.of(SqsIngestQueue.fromJson(body));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return CONSUMER.consume(event, (request, message) -> {
            try {
                ingest.execute(request, SqsConsumer.receiveCount(message).orElse(1));
                return true;
            } catch (IngestRetryException retry) {
                return false;
            }
        });
    }
}
