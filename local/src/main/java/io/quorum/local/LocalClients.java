package io.quorum.local;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * SDK clients aimed explicitly at an emulator, independent of the JVM-wide aws.* properties, so
 * that provisioning and tests never depend on which stack (if any) configured the JVM. The caller
 * closes them.
 */
public final class LocalClients {

    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create(LocalNames.ACCESS_KEY_ID, LocalNames.SECRET_ACCESS_KEY));
    private static final Region REGION = Region.of(LocalNames.REGION);

    private LocalClients() {
    }

    public static DynamoDbClient dynamoDb(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint).region(REGION).credentialsProvider(CREDENTIALS).httpClient(httpClient()).build();
    }

    public static SqsClient sqs(URI endpoint) {
        return SqsClient.builder()
                .endpointOverride(endpoint).region(REGION).credentialsProvider(CREDENTIALS).httpClient(httpClient()).build();
    }

    /** Path-style: S3Proxy serves {@code /bucket/key}, not {@code bucket.host}. */
    public static S3Client s3(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint).region(REGION).credentialsProvider(CREDENTIALS).httpClient(httpClient())
                .forcePathStyle(true)
                .build();
    }

    private static SdkHttpClient httpClient() {
        return UrlConnectionHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(2))
                .socketTimeout(Duration.ofSeconds(30))
                .build();
    }
}
