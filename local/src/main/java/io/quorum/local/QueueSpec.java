package io.quorum.local;

import java.util.Objects;
import java.util.Optional;

/** An {@code AWS::SQS::Queue}. */
public record QueueSpec(
        String logicalId,
        boolean fifo,
        boolean contentBasedDeduplication,
        Optional<Integer> visibilityTimeoutSeconds,
        Optional<Integer> messageRetentionPeriodSeconds,
        Optional<RedrivePolicy> redrivePolicy) {

    public QueueSpec {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(visibilityTimeoutSeconds, "visibilityTimeoutSeconds");
        Objects.requireNonNull(messageRetentionPeriodSeconds, "messageRetentionPeriodSeconds");
        Objects.requireNonNull(redrivePolicy, "redrivePolicy");
    }

    /** @param deadLetterTargetArn normally {@code !GetAtt SomeQueue.Arn} */
    public record RedrivePolicy(TemplateValue deadLetterTargetArn, int maxReceiveCount) {

        /** The logical id of the dead-letter queue when the ARN is a GetAtt of a queue in the template. */
        public Optional<String> deadLetterQueueLogicalId() {
            return deadLetterTargetArn instanceof TemplateValue.GetAtt getAtt && getAtt.attribute().equals("Arn")
                    ? Optional.of(getAtt.resource())
                    : Optional.empty();
        }
    }
}
