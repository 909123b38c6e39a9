package io.quorum.functions.task;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.Map;

/** What the SQS consumers read from a record besides its body. */
final class SqsBatches {

    private SqsBatches() {
    }

    /** SQS counts every receive: above one, an earlier attempt may have failed half-way. */
    static boolean redelivered(SQSEvent.SQSMessage message) {
        Map<String, String> attributes = message.getAttributes();
        if (attributes == null) {
            return false;
        }
        try {
            return Integer.parseInt(attributes.getOrDefault("ApproximateReceiveCount", "1")) > 1;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }
}
