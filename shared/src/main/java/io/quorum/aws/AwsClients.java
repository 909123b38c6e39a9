package io.quorum.aws;

import java.time.Duration;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import io.quorum.config.Environment;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
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
     * S3 with room for resource-sized transfers (up to the fetch limit, 20 MB by default), still well
     * inside the ingest function's timeout. Path-style addressing when {@code S3_FORCE_PATH_STYLE} is
     * true: the local stack's S3 emulator serves {@code /bucket/key} only.
     */
    public static S3Client s3() {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(20))
                        .build())
                .forcePathStyle(pathStyle())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallAttemptTimeout(Duration.ofSeconds(20))
                        .apiCallTimeout(Duration.ofSeconds(45))
                        .build())
                .build();
    }

    /**
     * Signs URLs locally (no network call). It reads region, credentials and the S3 endpoint from the
     * same default chains as the clients, so its URLs point where {@link #s3()} does.
     */
    public static S3Presigner s3Presigner() {
        return S3Presigner.builder()
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle()).build())
                .build();
    }

    static boolean pathStyle() {
        return Environment.optional("S3_FORCE_PATH_STYLE").map(Boolean::parseBoolean).orElse(false);
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
