package io.quorum.local;

import java.util.Locale;

/** Local names of template resources, and the fixed region and account the emulators pretend to be. */
public final class LocalNames {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "000000000000";
    public static final String ACCESS_KEY_ID = "test";
    public static final String SECRET_ACCESS_KEY = "test";

    private static final String PREFIX = "quorum-";

    private LocalNames() {
    }

    public static String table(TableSpec table) {
        return PREFIX + table.logicalId();
    }

    public static String queue(QueueSpec queue) {
        return PREFIX + queue.logicalId() + (queue.fifo() ? ".fifo" : "");
    }

    /** Bucket names must be lower case. */
    public static String bucket(BucketSpec bucket) {
        return PREFIX + bucket.logicalId().toLowerCase(Locale.ROOT);
    }

    public static String queueArn(String queueName) {
        return "arn:aws:sqs:" + REGION + ":" + ACCOUNT_ID + ":" + queueName;
    }

    public static String tableArn(String tableName) {
        return "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT_ID + ":table/" + tableName;
    }

    public static String bucketArn(String bucketName) {
        return "arn:aws:s3:::" + bucketName;
    }

    /** The queue name is the last path segment of its URL. */
    public static String queueNameOfUrl(String queueUrl) {
        return queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
    }
}
