package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** Which messages Lambda deletes after an invocation that returned. */
class SqsBatchOutcomeTest {

    private static Message message(String id) {
        return Message.builder().messageId(id).receiptHandle("rh-" + id).build();
    }

    private static Message inGroup(String id, String group) {
        return Message.builder().messageId(id).receiptHandle("rh-" + id)
                .attributes(Map.of(MessageSystemAttributeName.MESSAGE_GROUP_ID, group)).build();
    }

    private static SQSBatchResponse failures(String... ids) {
        return new SQSBatchResponse(List.of(ids).stream().map(SQSBatchResponse.BatchItemFailure::new).toList());
    }

    private static List<String> deleted(SqsBatchOutcome outcome) {
        return outcome.toDelete().stream().map(Message::messageId).toList();
    }

    private static final List<Message> BATCH = List.of(message("m1"), message("m2"), message("m3"));

    @Test
    void withoutReportBatchItemFailuresEveryMessageSucceedsWhateverTheHandlerReturns() {
        SqsBatchOutcome outcome = SqsBatchOutcome.returned(BATCH, failures("m2"), false, false);
        assertEquals(List.of("m1", "m2", "m3"), deleted(outcome));
        assertTrue(outcome.problem().isEmpty());
    }

    @Test
    void reportedFailuresStayAndTheOthersAreDeleted() {
        SqsBatchOutcome outcome = SqsBatchOutcome.returned(BATCH, failures("m2"), true, false);
        assertEquals(List.of("m1", "m3"), deleted(outcome));
        assertEquals(Set.of("m2"), outcome.failed());
    }

    @Test
    void noResponseOrNoFailuresMeansFullSuccess() {
        assertEquals(3, deleted(SqsBatchOutcome.returned(BATCH, null, true, false)).size());
        assertEquals(3, deleted(SqsBatchOutcome.returned(BATCH, new SQSBatchResponse(), true, false)).size());
        assertEquals(3, deleted(SqsBatchOutcome.returned(BATCH, failures(), true, false)).size());
    }

    @Test
    void anUnknownOrEmptyItemIdentifierFailsTheWholeBatch() {
        SqsBatchOutcome unknown = SqsBatchOutcome.returned(BATCH, failures("m2", "elsewhere"), true, false);
        assertEquals(List.of(), deleted(unknown));
        assertEquals(Set.of("m1", "m2", "m3"), unknown.failed());
        assertTrue(unknown.problem().orElseThrow().contains("itemIdentifier"));
        assertEquals(List.of(), deleted(SqsBatchOutcome.returned(BATCH, failures(""), true, false)));
        assertEquals(List.of(), deleted(SqsBatchOutcome.returned(BATCH, "not a batch response", true, false)));
    }

    @Test
    void aResponseOfTheSameShapeCountsAsABatchResponse() {
        Object asMap = Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "m3")));
        assertEquals(List.of("m1", "m2"), deleted(SqsBatchOutcome.returned(BATCH, asMap, true, false)));
    }

    @Test
    void inAFifoQueueAFailureHoldsBackTheRestOfItsGroup() {
        List<Message> batch = List.of(inGroup("a1", "A"), inGroup("a2", "A"), inGroup("b1", "B"), inGroup("a3", "A"), inGroup("b2", "B"));
        SqsBatchOutcome outcome = SqsBatchOutcome.returned(batch, failures("a2"), true, true);
        assertEquals(List.of("a1", "b1", "b2"), deleted(outcome));
        assertEquals(Set.of("a2", "a3"), outcome.failed());
    }
}
