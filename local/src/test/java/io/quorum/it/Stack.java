package io.quorum.it;

import io.quorum.local.LocalStack;
import io.quorum.local.LocalStackExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Short names for the running local stack that {@link LocalStackExtension} starts once per test JVM. */
final class Stack {

    private Stack() {
    }

    private static LocalStack stack() {
        return LocalStackExtension.stack();
    }

    static String baseUrl() {
        return stack().baseUrl();
    }

    static String adminKey() {
        return stack().adminKey();
    }

    static String demoUserId() {
        return stack().demoUserId();
    }

    static String demoSecretKey() {
        return stack().demoSecretKey();
    }

    static DynamoDbClient dynamo() {
        return stack().dynamo();
    }

    static SqsClient sqs() {
        return stack().sqs();
    }

    static S3Client s3() {
        return stack().s3();
    }

    static String bucket(String logicalId) {
        return stack().bucket(logicalId);
    }

    static String table(String logicalId) {
        return stack().table(logicalId);
    }

    static String queueUrl(String logicalId) {
        return stack().queueUrl(logicalId);
    }
}
