package io.quorum.functions.task;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.api.events.QueueConsumers;
import io.quorum.app.Quorum;
import io.quorum.functions.api.SqsConsumer;
import io.quorum.functions.wiring.AwsQuorum;

/** Dispatch-queue consumer: one page of a project's sweep per message (samples into the workflow, parked micro-tasks back). */
public final class DispatchConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private final SqsConsumer<?> consumer;

    public DispatchConsumerHandler() {
        this(AwsQuorum.get());
    }

    public DispatchConsumerHandler(Quorum quorum) {
        this.consumer = new SqsConsumer<>(QueueConsumers.dispatch(quorum.engine()));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return consumer.consume(event);
    }
}
