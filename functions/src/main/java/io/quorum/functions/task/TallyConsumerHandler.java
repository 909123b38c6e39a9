package io.quorum.functions.task;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.functions.Wiring;
import io.quorum.store.SqsTallyQueue;
import io.quorum.task.LabelDecider;
import io.quorum.task.TallyAnswers;
import io.quorum.task.TallyRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tally-queue consumer (FIFO, grouped per sample): counts each (sample, node)'s answers and decides,
 * issues more micro-tasks, or waits. Once one message fails, every later message of the batch is reported
 * failed too, so that no sample's tallies overtake each other.
 */
public final class TallyConsumerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger LOG = LoggerFactory.getLogger(TallyConsumerHandler.class);

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
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : records) {
            if (!failures.isEmpty()) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            Optional<TallyRequest> request = SqsTallyQueue.parse(message.getBody());
            if (request.isEmpty()) {
                LOG.atWarn().addKeyValue("messageId", message.getMessageId()).log("tally message that names no (sample, node) is dropped");
                continue;
            }
            try {
                tally.handle(request.get(), SqsBatches.redelivered(message));
            } catch (RuntimeException failed) {
                LOG.atError().addKeyValue("messageId", message.getMessageId()).setCause(failed).log("tally failed; SQS delivers it again");
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
