package io.quorum.aws.dynamo;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Reads why DynamoDB cancelled a transaction. */
final class Transactions {

    private Transactions() {
    }

    /**
     * Writes the items in one transaction. The token makes the SDK's own retries idempotent: when a
     * first attempt committed but its answer was lost, the retry succeeds instead of failing on the
     * conditions the first attempt already changed.
     */
    static void write(DynamoDbClient dynamo, Collection<TransactWriteItem> items) {
        String token = UUID.randomUUID().toString();
        dynamo.transactWriteItems(r -> r.transactItems(items).clientRequestToken(token));
    }

    static boolean conditionFailed(CancellationReason reason) {
        return "ConditionalCheckFailed".equals(reason.code());
    }

    /**
     * True when the transaction lost a race: a condition no longer held, or another transaction was
     * changing one of its items at the same moment (DynamoDB cancels both with TransactionConflict).
     * Either way a fresh read and a new attempt is the answer.
     */
    static boolean lostRace(TransactionCanceledException cancelled) {
        List<CancellationReason> reasons = cancelled.cancellationReasons();
        return reasons.stream().anyMatch(reason -> conditionFailed(reason) || "TransactionConflict".equals(reason.code()));
    }
}
