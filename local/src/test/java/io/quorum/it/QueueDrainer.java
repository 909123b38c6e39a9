package io.quorum.it;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Plays Lambda's SQS event source for one queue, one step at a time: receives a batch, invokes the
 * consumer with a real SQSEvent, deletes what succeeded; failed messages come back after their
 * visibility timeout (shortened here so a test can see the retry).
 */
final class QueueDrainer {

    private final SqsClient sqs;
    private final String queueUrl;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;

    QueueDrainer(SqsClient sqs, String queueUrl, RequestHandler<SQSEvent, SQSBatchResponse> handler) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.handler = handler;
    }

    /** Runs batches until the queue has nothing visible; answers how many messages were handled successfully. */
    int drain() {
        int handled = 0;
        for (int rounds = 0; rounds < 1000; rounds++) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0)
                    .visibilityTimeout(30).messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (messages.isEmpty()) {
                return handled;
            }
            SQSEvent event = new SQSEvent();
            List<SQSEvent.SQSMessage> records = new ArrayList<>();
            for (Message message : messages) {
                SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
                record.setMessageId(message.messageId());
                record.setReceiptHandle(message.receiptHandle());
                record.setBody(message.body());
                Map<String, String> attributes = new HashMap<>();
                message.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
                record.setAttributes(attributes);
                record.setEventSource("aws:sqs");
                records.add(record);
            }
            event.setRecords(records);
            SQSBatchResponse response = handler.handleRequest(event, null);
            Set<String> failed = response.getBatchItemFailures().stream()
                    .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
            for (Message message : messages) {
                if (!failed.contains(message.messageId())) {
                    sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                    handled++;
                } else {
                    throw new AssertionError("consumer failed message " + message.body());
                }
            }
        }
        throw new AssertionError("queue " + queueUrl + " never ran dry");
    }
}
