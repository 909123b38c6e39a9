package io.quorum.engine;

import java.util.Objects;

/** A task-queue message as received: the micro-task it names and the receipt that deletes or returns it. */
public record TaskDelivery(TaskRef ref, String receiptHandle) {

    public TaskDelivery {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(receiptHandle, "receiptHandle");
    }
}
