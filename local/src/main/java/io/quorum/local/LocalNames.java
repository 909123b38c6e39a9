package io.quorum.local;

import java.util.Locale;
import java.util.regex.Pattern;

/** Local names of template resources, and the fixed region and account the emulators pretend to be. */
public final class LocalNames {

    public static final String REGION = "us-east-1";
    public static final String ACCOUNT_ID = "000000000000";
    public static final String ACCESS_KEY_ID = "test";
    public static final String SECRET_ACCESS_KEY = "test";
    /** What {@code AWS::StackName} resolves to locally. */
    public static final String STACK_NAME = "quorum-local";

    private static final String PREFIX = "quorum-";
    private static final Pattern VALID_BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private LocalNames() {
    }

    public static String table(TableSpec table) {
        return PREFIX + table.logicalId();
    }

    public static String queue(QueueSpec queue) {
        return PREFIX + queue.logicalId() + (queue.fifo() ? ".fifo" : "");
    }

    /**
     * The template's own BucketName when it has one, resolved with the local pseudo parameters
     * (stack {@value #STACK_NAME}, account {@value #ACCOUNT_ID}, region {@value #REGION}), so that
     * the same {@code !Sub} elsewhere in the template (a policy, an environment variable) names
     * the same bucket. Otherwise a name derived from the logical id: bucket names are lower case.
     *
     * @param names resolves a BucketName; only pseudo parameters and parameter defaults are known this early
     */
    public static String bucket(BucketSpec bucket, TemplateResolver names) {
        if (bucket.bucketName().isEmpty()) {
            return PREFIX + bucket.logicalId().toLowerCase(Locale.ROOT);
        }
        String name;
        try {
            name = names.resolve(bucket.bucketName().get());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(bucket.logicalId() + ".BucketName: " + e.getMessage(), e);
        }
        if (!VALID_BUCKET_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException(bucket.logicalId() + ".BucketName resolves locally to " + name
                    + ", which is not a valid S3 bucket name (3-63 characters: lower-case letters, digits, dots and hyphens)");
        }
        return name;
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
