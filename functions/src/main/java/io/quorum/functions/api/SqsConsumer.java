package io.quorum.functions.api;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts an SQS batch to a use case one message at a time and reports the messages to deliver again,
 * for a function whose event source mapping has {@code ReportBatchItemFailures}. A message that cannot be
 * read is logged and acknowledged: no later delivery would read it either.
 *
 * @param <T> what a message body is read into
 */
public final class SqsConsumer<T> {

    private static final Logger LOG = LoggerFactory.getLogger(SqsConsumer.class);

    /** The work for one message; false asks for it again without an error (a failure expected to pass). */
    @FunctionalInterface
    public interface Work<T> {
        boolean process(T request, SQSEvent.SQSMessage message);
    }

    /** Whether a failure holds back the rest of the batch: a FIFO queue must not let later messages overtake it. */
    public enum Order { ANY, KEEP }

    private final String name;
    private final Function<String, Optional<T>> reader;
    private final Order order;

    public SqsConsumer(String name, Function<String, Optional<T>> reader, Order order) {
        this.name = name;
        this.reader = reader;
        this.order = order;
    }

    public SQSBatchResponse consume(SQSEvent event, Work<T> work) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : records) {
            if (order == Order.KEEP && !failures.isEmpty()) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                continue;
            }
            Optional<T> request = reader.apply(message.getBody());
            if (request.isEmpty()) {
                LOG.atWarn().addKeyValue("messageId", message.getMessageId()).log(name + " message that cannot be read is dropped");
                continue;
            }
            boolean done;
            try {
                done = work.process(request.get(), message);
            } catch (RuntimeException failed) {
                LOG.atError().addKeyValue("messageId", message.getMessageId()).setCause(failed)
                        .log(name + " failed; SQS delivers the message again");
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

    /** Above one delivery an earlier attempt may have failed half-way; an unreadable count is taken as such. */
    public static boolean redelivered(SQSEvent.SQSMessage message) {
        OptionalInt count = receiveCount(message);
        return count.isEmpty() || count.getAsInt() > 1;
    }
}
