package io.quorum.functions.task;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.functions.Wiring;
import io.quorum.functions.api.SqsConsumer;
import io.quorum.aws.sqs.SqsDispatchQueue;
import io.quorum.engine.Dispatch;
import io.quorum.engine.SweepRequest;

/** Dispatch-queue consumer: one page of a project's sweep per message (samples into the workflow, parked micro-tasks back). */
public final class DispatchConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final SqsConsumer<SweepRequest> CONSUMER = new SqsConsumer<>("dispatch sweep", SqsDispatchQueue::parse, SqsConsumer.Order.ANY);

    private final Dispatch dispatch;

    public DispatchConsumerHandler() {
        this(Wiring.dispatch());
    }

    public DispatchConsumerHandler(Dispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return CONSUMER.consume(event, (request, message) -> {
            dispatch.sweep(request, SqsConsumer.redelivered(message));
            return true;
        });
    }
}
