package io.quorum.functions.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.api.events.QueueConsumers;
import io.quorum.app.Quorum;
import io.quorum.functions.api.SqsConsumer;
import io.quorum.functions.wiring.AwsQuorum;

/**
 * Consumes the ingest queue: each message is one sample to fetch, check and store. Messages that
 * failed for a passing reason are reported back one by one so only they are delivered again; a
 * message that cannot be read is acknowledged, as no delivery would ever read it.
 */
public final class IngestConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final SqsConsumer<?> consumer;

    public IngestConsumerHandler() {
        this(AwsQuorum.get());
    }

    public IngestConsumerHandler(Quorum quorum) {
        this.consumer = new SqsConsumer<>(QueueConsumers.ingest(quorum.ingestion()));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return consumer.consume(event);
    }
}
