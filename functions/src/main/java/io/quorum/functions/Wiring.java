package io.quorum.functions;

import io.quorum.auth.AccountStore;
import io.quorum.blob.BlobStore;
import io.quorum.config.Environment;
import io.quorum.ingest.ContentInspector;
import io.quorum.ingest.IngestResource;
import io.quorum.http.ResourceFetcher;
import io.quorum.http.SafeFetcher;
import io.quorum.project.ProjectStore;
import io.quorum.sample.IngestQueue;
import io.quorum.sample.SampleStore;
import io.quorum.aws.AwsClients;
import io.quorum.aws.dynamo.DynamoAccountStore;
import io.quorum.aws.dynamo.DynamoProjectStore;
import io.quorum.aws.dynamo.DynamoSampleStore;
import io.quorum.aws.dynamo.DynamoTaskStore;
import io.quorum.aws.dynamo.DynamoWorkerStore;
import io.quorum.aws.s3.S3BlobStore;
import io.quorum.aws.sqs.SqsDispatchQueue;
import io.quorum.aws.sqs.SqsIngestQueue;
import io.quorum.aws.sqs.SqsTallyQueue;
import io.quorum.aws.sqs.SqsTaskQueue;
import io.quorum.engine.ClaimTask;
import io.quorum.engine.Dispatch;
import io.quorum.engine.DispatchQueue;
import io.quorum.engine.Dispatcher;
import io.quorum.engine.TallyQueue;
import io.quorum.engine.TaskQueue;
import io.quorum.engine.TaskStore;
import io.quorum.billing.UnitPrices;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerStore;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The real adapters, for the handlers' no-argument constructors. Each SDK client is built once per
 * container, on first use, so a function only pays for the clients it needs; each adapter reads the
 * environment variable it needs and fails at start with that variable's name when it is missing.
 */
public final class Wiring {

    private Wiring() {
    }

    private static final class Dynamo {
        static final DynamoDbClient CLIENT = AwsClients.dynamoDb();
    }

    private static final class Sqs {
        static final SqsClient CLIENT = AwsClients.sqs();
    }

    public static Clock clock() {
        return Clock.system();
    }

    public static AccountStore accounts() {
        return new DynamoAccountStore(Dynamo.CLIENT, Environment.require("ACCOUNTS_TABLE"));
    }

    public static ProjectStore projects() {
        return new DynamoProjectStore(Dynamo.CLIENT, Environment.require("PROJECTS_TABLE"));
    }

    public static SampleStore samples() {
        return new DynamoSampleStore(Dynamo.CLIENT, Environment.require("SAMPLES_TABLE"), Environment.require("PROJECTS_TABLE"));
    }

    public static IngestQueue ingestQueue() {
        return new SqsIngestQueue(Sqs.CLIENT, Environment.require("INGEST_QUEUE_URL"));
    }

    // ---- ingestion: fetching, checking and storing resources; direct uploads ----------------------

    private static final class S3 {
        static final S3Client CLIENT = AwsClients.s3();
        static final S3Presigner PRESIGNER = AwsClients.s3Presigner();
    }

    /** The platform bucket that holds every checked resource. */
    public static BlobStore resourcesBlobs() {
        return blobs(Environment.require("RESOURCES_BUCKET"));
    }

    /** The bucket customers PUT direct uploads into (set on the function that hands out upload URLs). */
    public static BlobStore uploadsBlobs() {
        return blobs(Environment.require("UPLOADS_BUCKET"));
    }

    /** Any bucket by name: the upload trigger learns its bucket from the event, as a !Ref would be a cycle. */
    public static BlobStore blobs(String bucket) {
        return new S3BlobStore(S3.CLIENT, S3.PRESIGNER, bucket);
    }

    /** FETCH_MAX_BYTES, 20 MiB by default: the largest resource fetched or uploaded. */
    public static long fetchMaxBytes() {
        return Environment.optional("FETCH_MAX_BYTES").map(Long::parseLong).orElse(SafeFetcher.Limits.DEFAULT_MAX_BYTES);
    }

    public static ResourceFetcher fetcher() {
        return SafeFetcher.standard(fetchMaxBytes());
    }

    /** INGEST_MAX_ATTEMPTS (default 5, the ingest queue's maxReceiveCount): the delivery that gives up on a resource. */
    public static IngestResource.Settings ingestSettings() {
        return new IngestResource.Settings(fetchMaxBytes(), Environment.optional("INGEST_MAX_ATTEMPTS").map(Integer::parseInt)
                .orElse(IngestResource.Settings.DEFAULT_LAST_ATTEMPT));
    }

    public static ContentInspector contentInspector() {
        return new ContentInspector();
    }

    /** Ingestion reports every sample that became ready to the engine, which dispatches it when its project runs. */
    public static Dispatcher dispatcher() {
        return dispatch();
    }

    public static String adminApiKey() {
        return Environment.require("ADMIN_API_KEY");
    }

    // ---- labeling engine: micro-tasks, tallies, dispatch, workers --------------------------------

    public static TaskStore tasks() {
        return new DynamoTaskStore(Dynamo.CLIENT, Environment.require("TASKS_TABLE"), Environment.require("SAMPLES_TABLE"),
                Environment.require("PROJECTS_TABLE"));
    }

    public static TaskQueue taskQueue() {
        return new SqsTaskQueue(Sqs.CLIENT, Environment.require("TASK_QUEUE_URL"));
    }

    public static TallyQueue tallyQueue() {
        return new SqsTallyQueue(Sqs.CLIENT, Environment.require("TALLY_QUEUE_URL"));
    }

    public static DispatchQueue dispatchQueue() {
        return new SqsDispatchQueue(Sqs.CLIENT, Environment.require("DISPATCH_QUEUE_URL"));
    }

    /** Workers live in the accounts table beside the customers. */
    public static WorkerStore workers() {
        return new DynamoWorkerStore(Dynamo.CLIENT, Environment.require("ACCOUNTS_TABLE"));
    }

    /** The engine's {@link io.quorum.engine.Dispatcher}: ingestion reports ready samples to it. */
    public static Dispatch dispatch() {
        return new Dispatch(projects(), samples(), tasks(), taskQueue(), dispatchQueue(), clock());
    }

    /** LEASE_SECONDS (default 600): how long a claimed micro-task stays with its worker unless the claim asks otherwise. */
    public static Duration leaseDuration() {
        long seconds = Environment.optional("LEASE_SECONDS").map(Long::parseLong).orElse(ClaimTask.DEFAULT_LEASE.getSeconds());
        if (seconds < 1 || seconds > ClaimTask.MAX_LEASE_SECONDS) {
            throw new IllegalStateException("LEASE_SECONDS must be between 1 and " + ClaimTask.MAX_LEASE_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }

    /** UNIT_PRICES_CENTS (default {@link UnitPrices#DEFAULTS}): cents per decided micro-task by task type. */
    public static UnitPrices unitPrices() {
        return UnitPrices.configured(Environment.optional("UNIT_PRICES_CENTS"));
    }

}
