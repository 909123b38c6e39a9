package io.quorum.store;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the SDK clients. Region, credentials and endpoints come from the SDK's default chains
 * (AWS_REGION in Lambda; the aws.* system properties in the local stack), so no name or region
 * is written in code. The URL-connection HTTP client keeps the jar small and the cold start short.
 */
public final class AwsClients {

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClient(httpClient()).overrideConfiguration(timeouts()).build();
    }

    public static SqsClient sqs() {
        return SqsClient.builder().httpClient(httpClient()).overrideConfiguration(timeouts()).build();
    }

    /**
     * Bounded well inside the functions' 20 s timeout, retries included, so that a slow dependency
     * ends in an answer the client can act on rather than in a Lambda timeout.
     */
    static ClientOverrideConfiguration timeouts() {
        return ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(Duration.ofSeconds(4))
                .apiCallTimeout(Duration.ofSeconds(12))
                .build();
    }

    static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(4))
                .build();
    }
}
