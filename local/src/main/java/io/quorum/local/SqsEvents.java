package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/** Builds the {@link SQSEvent} that Lambda's poller hands a function for a batch of received messages. */
final class SqsEvents {

    static final String EVENT_SOURCE = "aws:sqs";

    private SqsEvents() {
    }

    static SQSEvent of(List<Message> batch, String queueArn) {
        SQSEvent event = new SQSEvent();
        event.setRecords(batch.stream().map(message -> record(message, queueArn)).toList());
        return event;
    }

    private static SQSEvent.SQSMessage record(Message message, String queueArn) {
        SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
        record.setMessageId(message.messageId());
        record.setReceiptHandle(message.receiptHandle());
        record.setBody(message.body());
        record.setMd5OfBody(message.md5OfBody());
        record.setMd5OfMessageAttributes(message.md5OfMessageAttributes());
        record.setAttributes(new LinkedHashMap<>(message.attributesAsStrings()));
        Map<String, SQSEvent.MessageAttribute> attributes = new LinkedHashMap<>();
        message.messageAttributes().forEach((name, value) -> attributes.put(name, attribute(value)));
        record.setMessageAttributes(attributes);
        record.setEventSource(EVENT_SOURCE);
        record.setEventSourceArn(queueArn);
        record.setAwsRegion(LocalNames.REGION);
        return record;
    }

    /** Lambda sends the list fields as empty lists rather than leaving them out. */
    private static SQSEvent.MessageAttribute attribute(MessageAttributeValue value) {
        SQSEvent.MessageAttribute attribute = new SQSEvent.MessageAttribute();
        attribute.setDataType(value.dataType());
        attribute.setStringValue(value.stringValue());
        attribute.setBinaryValue(value.binaryValue() == null ? null : value.binaryValue().asByteBuffer());
        attribute.setStringListValues(List.copyOf(value.stringListValues()));
        List<ByteBuffer> binaries = value.binaryListValues().stream().map(SdkBytes::asByteBuffer).toList();
        attribute.setBinaryListValues(binaries);
        return attribute;
    }
}
