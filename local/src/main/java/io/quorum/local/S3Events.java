package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Builds the {@link S3Event} that S3 sends a function when an object is created: one record per event. */
final class S3Events {

    static final String EVENT_VERSION = "2.1";
    static final String EVENT_SOURCE = "aws:s3";
    static final String OBJECT_CREATED_PUT = "ObjectCreated:Put";
    private static final String S3_SCHEMA_VERSION = "1.0";
    /**
     * S3's sequencer orders the events of one key; seeded from the clock so that it keeps growing
     * across restarts of the local stack too.
     */
    private static final AtomicLong SEQUENCER = new AtomicLong(System.currentTimeMillis() * 1_000);

    private S3Events() {
    }

    /**
     * @param eTag           without the quotes that ListObjects puts around it, as S3 events carry it
     * @param configurationId the notification's name, as SAM names the bucket's notification configuration
     */
    static S3Event objectCreated(String bucket, String key, long size, String eTag, String configurationId, Instant eventTime) {
        S3EventNotification.UserIdentityEntity requester = new S3EventNotification.UserIdentityEntity("AWS:" + LocalNames.ACCESS_KEY_ID);
        S3EventNotification.S3BucketEntity bucketEntity = new S3EventNotification.S3BucketEntity(
                bucket, new S3EventNotification.UserIdentityEntity(LocalNames.ACCOUNT_ID), LocalNames.bucketArn(bucket));
        S3EventNotification.S3ObjectEntity object = new S3EventNotification.S3ObjectEntity(
                encodeKey(key), size, eTag, null, sequencer());
        S3EventNotification.S3EventNotificationRecord record = new S3EventNotification.S3EventNotificationRecord(
                LocalNames.REGION,
                OBJECT_CREATED_PUT,
                EVENT_SOURCE,
                eventTime.truncatedTo(ChronoUnit.MILLIS).toString(),
                EVENT_VERSION,
                new S3EventNotification.RequestParametersEntity("127.0.0.1"),
                new S3EventNotification.ResponseElementsEntity(
                        UUID.randomUUID().toString().replace("-", ""), requestId()),
                new S3EventNotification.S3Entity(configurationId, bucketEntity, object, S3_SCHEMA_VERSION),
                requester);
        return new S3Event(List.of(record));
    }

    /**
     * Keys arrive URL-encoded the way S3 encodes them in notifications: form encoding (a space
     * becomes '+'), with the '/' separators left as they are.
     */
    static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }

    private static String sequencer() {
        return String.format(Locale.ROOT, "%016X", SEQUENCER.incrementAndGet());
    }

    private static String requestId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }
}
