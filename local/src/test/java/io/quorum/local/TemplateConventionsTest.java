package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The conventions template.yaml keeps for every queue and consumer, checked on the packaged template. */
class TemplateConventionsTest {

    private final SamTemplate template = SamTemplate.fromClasspath();

    @Test
    void everyQueueConsumerReportsPartialBatchFailures() {
        assertTrue(!template.sqsMappings().isEmpty());
        List<String> withoutPartialFailures = template.sqsMappings().stream()
                .filter(mapping -> !mapping.reportBatchItemFailures())
                .map(SqsMapping::functionId).toList();
        assertEquals(List.of(), withoutPartialFailures);
    }

    @Test
    void everyWorkQueueRedrivesToADeadLetterQueueOfTheSameKind() {
        Set<String> deadLetterQueues = template.queues().stream()
                .flatMap(queue -> queue.redrivePolicy().flatMap(QueueSpec.RedrivePolicy::deadLetterQueueLogicalId).stream())
                .collect(Collectors.toSet());
        for (QueueSpec queue : template.queues()) {
            if (deadLetterQueues.contains(queue.logicalId())) {
                continue;
            }
            String deadLetterQueue = queue.redrivePolicy().flatMap(QueueSpec.RedrivePolicy::deadLetterQueueLogicalId)
                    .orElseThrow(() -> new AssertionError(queue.logicalId() + " has no dead-letter queue"));
            QueueSpec target = template.queues().stream().filter(q -> q.logicalId().equals(deadLetterQueue)).findFirst().orElseThrow();
            assertEquals(queue.fifo(), target.fifo(), queue.logicalId() + " and its dead-letter queue must both be FIFO or neither");
        }
    }

    @Test
    void everyDeadLetterQueueHasAnAlarm() throws Exception {
        String yaml = Files.readString(Path.of("..", "template.yaml"));
        template.queues().stream()
                .flatMap(queue -> queue.redrivePolicy().flatMap(QueueSpec.RedrivePolicy::deadLetterQueueLogicalId).stream())
                .forEach(deadLetterQueue -> assertTrue(yaml.contains("Value: !GetAtt " + deadLetterQueue + ".QueueName"),
                        deadLetterQueue + " has no CloudWatch alarm on its depth"));
    }

    @Test
    void aConsumersQueueHidesMessagesLongerThanTheConsumerMayRun() {
        for (SqsMapping mapping : template.sqsMappings()) {
            FunctionSpec function = template.function(mapping.functionId()).orElseThrow();
            String queueId = ((TemplateValue.GetAtt) mapping.queue()).resource();
            QueueSpec queue = template.queues().stream().filter(q -> q.logicalId().equals(queueId)).findFirst().orElseThrow();
            int timeout = function.timeoutSeconds();
            int visibility = queue.visibilityTimeoutSeconds().orElse(30);
            assertTrue(visibility >= 6 * timeout, queueId + " hides a message for " + visibility + " s, but " + mapping.functionId()
                    + " may run " + timeout + " s: AWS asks for six times the function timeout");
        }
    }
}
