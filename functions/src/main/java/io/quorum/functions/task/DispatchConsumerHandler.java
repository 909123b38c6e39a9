package io.quorum.functions.task;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.functions.Wiring;
import io.quorum.store.SqsDispatchQueue;
import io.quorum.task.Dispatch;
import io.quorum.task.SweepRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Dispatch-queue consumer: one page of a project's sweep per message (samples into the workflow, parked micro-tasks back). */
public final class DispatchConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchConsumerHandler.class);

    private final Dispatch dispatch;

    public DispatchConsumerHandler() {
        this(Wiring.dispatch());
    }

    public DispatchConsumerHandler(Dispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : records) {
            Optional<SweepRequest> request = SqsDispatchQueue.parse(message.getBody());
            if (request.isEmpty()) {
                LOG.atWarn().addKeyValue("messageId", message.getMessageId()).log("dispatch message that names no project is dropped");
                continue;
            }
            try {
                dispatch.sweep(request.get(), SqsBatches.redelivered(message));
            } catch (RuntimeException failed) {
                LOG.atError().addKeyValue("messageId", message.getMessageId()).setCause(failed).log("sweep page failed; SQS delivers it again");
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
