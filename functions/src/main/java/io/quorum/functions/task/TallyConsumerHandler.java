package io.quorum.functions.task;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.SqsConsumer;
import io.quorum.aws.sqs.SqsTallyQueue;
import io.quorum.engine.LabelDecider;
import io.quorum.engine.TallyAnswers;
import io.quorum.engine.TallyRequest;

/**
 * Tally-queue consumer (FIFO, grouped per sample): counts each (sample, node)'s answers and decides,
 * issues more micro-tasks, or waits. Once one message fails, every later message of the batch is reported
 * failed too, so that no sample's tallies overtake each other.
 */
public final class TallyConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final SqsConsumer<TallyRequest> CONSUMER = new SqsConsumer<>("tally", SqsTallyQueue::parse, SqsConsumer.Order.KEEP);

    private final TallyAnswers tally;

    public TallyConsumerHandler() {
        this(new TallyAnswers(Wiring.projects(), Wiring.samples(), Wiring.tasks(), Wiring.taskQueue(), LabelDecider.consensus(),
                Wiring.unitPrices(), Wiring.clock()));
    }

    public TallyConsumerHandler(TallyAnswers tally) {
        this.tally = tally;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return CONSUMER.consume(event, (request, message) -> {
            tally.handle(request, SqsConsumer.redelivered(message));
            return true;
        });
    }
}
