package io.quorum.local;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local stack as integration tests see it: the emulated AWS services in memory, the API on a
 * free loopback port, the demo account, and SDK clients aimed at the emulators.
 *
 * <p>Obtain it through {@link LocalStackExtension} (a parameter of type LocalStack, or
 * {@link LocalStackExtension#stack()}), never by starting one yourself: there is one per test JVM
 * because the functions' static SDK clients keep the first endpoints they see. Tests share it, so
 * each test creates its own data (a fresh account, a unique project name) instead of relying on
 * an empty table.
 */
public final class LocalStack implements AutoCloseable {

    /** The admin key the test stack is configured with (header X-Admin-Key). */
    public static final String ADMIN_KEY = CliOptions.DEFAULT_ADMIN_KEY;

    private final SamTemplate template;
    private final EmbeddedAws aws;
    private final ApiGatewayEmulator api;
    private final EventSources eventSources;
    private final DemoAccount demo;
    private final DynamoDbClient dynamo;
    private final SqsClient sqs;
    private final S3Client s3;
    private volatile boolean closed;

    private LocalStack(SamTemplate template, EmbeddedAws aws, ApiGatewayEmulator api, EventSources eventSources, DemoAccount demo) {
        this.template = template;
        this.aws = aws;
        this.api = api;
        this.eventSources = eventSources;
        this.demo = demo;
        this.dynamo = LocalClients.dynamoDb(aws.endpoints().dynamoDb());
        this.sqs = LocalClients.sqs(aws.endpoints().sqs());
        this.s3 = LocalClients.s3(aws.endpoints().s3());
    }

    /** Starts everything from the packaged template.yaml; the JUnit extension calls this once per JVM. */
    static LocalStack start() {
        SamTemplate template = SamTemplate.fromClasspath();
        DemoAccount demo = DemoAccount.defaults();
        EmbeddedAws aws = EmbeddedAws.start(template, EmbeddedAws.Storage.inMemory());
        try {
            aws.configureJvm(template, Map.of("AdminApiKey", ADMIN_KEY));
            demo.seed();
            ApiGatewayEmulator api = ApiGatewayEmulator.start(template, 0,
                    apiUrl -> new LocalInfo(apiUrl, aws.endpoints(), aws.resources(), demo, ADMIN_KEY));
            try {
                // Schedules only on demand: a rate firing in the middle of the run would surprise the tests.
                EventSources eventSources = EventSources.start(template, aws, Map.of("AdminApiKey", ADMIN_KEY),
                        EventSources.Schedules.ON_DEMAND_ONLY);
                return new LocalStack(template, aws, api, eventSources, demo);
            } catch (RuntimeException e) {
                api.close();
                throw e;
            }
        } catch (RuntimeException e) {
            aws.close();
            throw e;
        }
    }

    /**
     * The SQS pollers, S3 watchers and schedules of the template: {@code pause(functionId)} to
     * read a consumer's queue yourself, {@code fireSchedule(functionId)} to run a scheduled function now.
     */
    public EventSources eventSources() {
        return eventSources;
    }

    /**
     * Waits until the event sources have gone quiet: every polled queue empty with nothing in
     * flight, every watched bucket rescanned, no invocation running (see {@link EventSources#awaitIdle}).
     *
     * @throws IllegalStateException when still busy at the timeout, saying with what
     */
    public void awaitIdle(Duration timeout) {
        eventSources.awaitIdle(timeout);
    }

    /** Waits only for the event sources of these functions (see {@link EventSources#awaitIdle(Duration, java.util.Collection)}). */
    public void awaitIdle(Duration timeout, String... functionIds) {
        eventSources.awaitIdle(timeout, java.util.List.of(functionIds));
    }

    /** {@code http://127.0.0.1:<port>}, no trailing slash: append {@code /api/v1/...}. */
    public String baseUrl() {
        return api.baseUri().toString();
    }

    public URI baseUri() {
        return api.baseUri();
    }

    public String adminKey() {
        return ADMIN_KEY;
    }

    public DemoAccount demo() {
        return demo;
    }

    public String demoUserId() {
        return demo.userId();
    }

    public String demoSecretKey() {
        return demo.secretKey();
    }

    /** Shared and thread-safe; do not close it. */
    public DynamoDbClient dynamo() {
        return dynamo;
    }

    /** Shared and thread-safe; do not close it. */
    public SqsClient sqs() {
        return sqs;
    }

    /** Path-style, shared and thread-safe; do not close it. */
    public S3Client s3() {
        return s3;
    }

    /** The local name of a table declared in template.yaml, e.g. {@code table("ProjectsTable")}. */
    public String table(String logicalId) {
        return required("table", aws.resources().tables(), logicalId);
    }

    /** The URL of a queue declared in template.yaml. */
    public String queueUrl(String logicalId) {
        return required("queue", aws.resources().queues(), logicalId);
    }

    /** The local name of a bucket declared in template.yaml. */
    public String bucket(String logicalId) {
        return required("bucket", aws.resources().buckets(), logicalId);
    }

    public LocalResources resources() {
        return aws.resources();
    }

    public Endpoints endpoints() {
        return aws.endpoints();
    }

    public SamTemplate template() {
        return template;
    }

    /** What {@code GET /_local/info} answers. */
    public LocalInfo info() {
        return api.localInfo().orElseThrow();
    }

    private static String required(String kind, Map<String, String> byLogicalId, String logicalId) {
        return Optional.ofNullable(byLogicalId.get(logicalId)).orElseThrow(() -> new IllegalArgumentException(
                "template.yaml declares no " + kind + " " + logicalId + "; known: " + byLogicalId.keySet()));
    }

    /** Called by JUnit once the whole test run is over. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        eventSources.close();
        dynamo.close();
        sqs.close();
        s3.close();
        api.close();
        aws.close();
    }
}
