package io.quorum.store;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Reads why DynamoDB cancelled a transaction. */
final class Transactions {

    private Transactions() {
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
