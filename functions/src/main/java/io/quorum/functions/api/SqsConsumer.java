package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.api.events.QueueWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts an SQS batch to a consumer's {@link QueueWork} one message at a time and reports the messages to
 * deliver again, for a function whose event source mapping has {@code ReportBatchItemFailures}. A message
 * that cannot be read is logged and acknowledged: no later delivery would read it either.
 *
 * @param <T> what a message body is read into
 */
public final class SqsConsumer<T> {

    private static final Logger LOG = LoggerFactory.getLogger(SqsConsumer.class);

    private final QueueWork<T> work;

    public SqsConsumer(QueueWork<T> work) {
        this.work = work;
    }

    public SQSBatchResponse consume(SQSEvent event) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : records) {
            if (work.keepOrder() && !failures.isEmpty()) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            boolean done;
            try {
                Optional<Boolean> processed = work.process(message.getBody(), new QueueWork.Delivery(receiveCount(message)));
                if (processed.isEmpty()) {
                    LOG.atWarn().addKeyValue("messageId", message.getMessageId()).log(work.name() + " message that cannot be read is dropped");
                    continue;
                }
                done = processed.get();
            } catch (RuntimeException failed) {
                LOG.atError().addKeyValue("messageId", message.getMessageId()).setCause(failed)
                        .log(work.name() + " failed; SQS delivers the message again");
                done = false;
            }
            if (!done) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /**
     * How many times SQS has handed out this message, this time included; 1 when the attribute is
     * absent, empty when it cannot be read.
     */
    public static OptionalInt receiveCount(SQSEvent.SQSMessage message) {
        Map<String, String> attributes = message.getAttributes();
        String count = attributes == null ? null : attributes.get("ApproximateReceiveCount");
        if (count == null) {
            return OptionalInt.of(1);
        }
        try {
            return OptionalInt.of(Math.max(1, Integer.parseInt(count)));
        } catch (NumberFormatException unreadable) {
            return OptionalInt.empty();
        }
    }

}
