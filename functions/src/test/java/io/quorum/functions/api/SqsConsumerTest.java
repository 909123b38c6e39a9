package io.quorum.functions.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.quorum.api.events.QueueWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SqsConsumerTest {

    private static SQSEvent.SQSMessage message(String id, String body, Map<String, String> attributes) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        message.setAttributes(attributes);
        return message;
    }

    private static SQSEvent batch(String... bodies) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (int i = 0; i < bodies.length; i++) {
            records.add(message("m" + i, bodies[i], Map.of()));
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static Optional<Integer> number(String body) {
        try {
            return Optional.of(Integer.parseInt(body));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static List<String> failed(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    @Test
    void onlyTheMessagesThatFailedOrAskedAgainAreReportedAndUnreadableOnesAreAcknowledged() {
        List<Integer> processed = new ArrayList<>();
        SqsConsumer<Integer> consumer = new SqsConsumer<>(new QueueWork<>("test", SqsConsumerTest::number, false, (n, delivery) -> {
            processed.add(n);
            if (n == 2) {
                throw new IllegalStateException("boom");
            }
            return n != 3;
        }));
        SQSBatchResponse response = consumer.consume(batch("1", "oops", "2", "3", "4"));
        assertEquals(List.of("m2", "m3"), failed(response));
        assertEquals(List.of(1, 2, 3, 4), processed);
    }

    @Test
    void inKeptOrderAFailureHoldsBackEveryLaterMessageUnprocessed() {
        List<Integer> processed = new ArrayList<>();
        SqsConsumer<Integer> consumer = new SqsConsumer<>(new QueueWork<>("test", SqsConsumerTest::number, true, (n, delivery) -> {
            processed.add(n);
            return n != 2;
        }));
        SQSBatchResponse response = consumer.consume(batch("1", "2", "3"));
        assertEquals(List.of("m1", "m2"), failed(response));
        assertEquals(List.of(1, 2), processed);
    }

    @Test
    void anEventWithoutRecordsIsAnEmptySuccess() {
        assertEquals(List.of(), failed(new SqsConsumer<>(new QueueWork<>("test", SqsConsumerTest::number, false, (n, delivery) -> false))
                .consume(new SQSEvent())));
    }

    @Test
    void theReceiveCountSaysWhetherAnEarlierDeliveryMayHaveFailedHalfWay() {
        assertEquals(OptionalInt.of(1), SqsConsumer.receiveCount(message("a", "", null)));
        assertEquals(OptionalInt.of(1), SqsConsumer.receiveCount(message("a", "", Map.of())));
        assertEquals(OptionalInt.of(4), SqsConsumer.receiveCount(message("a", "", Map.of("ApproximateReceiveCount", "4"))));
        assertEquals(OptionalInt.empty(), SqsConsumer.receiveCount(message("a", "", Map.of("ApproximateReceiveCount", "x"))));
        assertFalse(new QueueWork.Delivery(SqsConsumer.receiveCount(message("a", "", Map.of("ApproximateReceiveCount", "1")))).redelivered());
        assertTrue(new QueueWork.Delivery(SqsConsumer.receiveCount(message("a", "", Map.of("ApproximateReceiveCount", "2")))).redelivered());
        assertTrue(new QueueWork.Delivery(SqsConsumer.receiveCount(message("a", "", Map.of("ApproximateReceiveCount", "x")))).redelivered());
    }
}
