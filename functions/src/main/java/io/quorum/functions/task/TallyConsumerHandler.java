package io.quorum.functions.task;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.api.events.QueueConsumers;
import io.quorum.app.Quorum;
import io.quorum.functions.api.SqsConsumer;
import io.quorum.functions.wiring.AwsQuorum;

/**
 * Tally-queue consumer (FIFO, grouped per sample): counts each (sample, node)'s answers and decides,
 * issues more micro-tasks, or waits. Once one message fails, every later message of the batch is reported
 * failed too, so that no sample's tallies overtake each other.
 */
public final class TallyConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final SqsConsumer<?> consumer;

    public TallyConsumerHandler() {
        this(AwsQuorum.get());
    }

    public TallyConsumerHandler(Quorum quorum) {
        this.consumer = new SqsConsumer<>(QueueConsumers.tally(quorum.engine()));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return consumer.consume(event);
    }
}
