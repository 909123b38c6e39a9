package io.quorum.functions.wiring;

import io.quorum.app.QuorumPorts;
import io.quorum.auth.AccountStore;
import io.quorum.auth.AdminKey;
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
import io.quorum.billing.UnitPrices;
import io.quorum.blob.BlobStore;
import io.quorum.config.Environment;
import io.quorum.config.Lazy;
import io.quorum.engine.ClaimTask;
import io.quorum.engine.DispatchQueue;
import io.quorum.engine.ResultPages;
import io.quorum.engine.Tallies;
import io.quorum.engine.TallyQueue;
import io.quorum.engine.TaskLeases;
import io.quorum.engine.TaskQueue;
import io.quorum.engine.WorkflowEntries;
import io.quorum.http.ResourceFetcher;
import io.quorum.http.SafeFetcher;
import io.quorum.ingest.IngestResource;
import io.quorum.project.ProjectStore;
import io.quorum.sample.IngestQueue;
import io.quorum.sample.SampleStore;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerStore;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The AWS adapters behind every port, configured from the environment that template.yaml sets. Each SDK
 * client is built once per container and each adapter on first use, so a function pays only for the
 * clients its use case needs, and a missing variable fails naming it when the port that needs it is first used.
 * Tests subclass it to put a stand-in behind one port.
 */
public class AwsPorts implements QuorumPorts {

    private static final class Dynamo {
        static final DynamoDbClient CLIENT = AwsClients.dynamoDb();
    }

    private static final class Sqs {
        static final SqsClient CLIENT = AwsClients.sqs();
    }

    private static final class S3 {
        static final S3Client CLIENT = AwsClients.s3();
        static final S3Presigner PRESIGNER = AwsClients.s3Presigner();
    }

    private final Lazy<AccountStore> accounts = Lazy.of(() -> new DynamoAccountStore(Dynamo.CLIENT, Environment.require("ACCOUNTS_TABLE")));
    private final Lazy<WorkerStore> workers = Lazy.of(() -> new DynamoWorkerStore(Dynamo.CLIENT, Environment.require("ACCOUNTS_TABLE")));
    private final Lazy<ProjectStore> projects = Lazy.of(() -> new DynamoProjectStore(Dynamo.CLIENT, Environment.require("PROJECTS_TABLE")));
    private final Lazy<SampleStore> samples = Lazy.of(() -> new DynamoSampleStore(Dynamo.CLIENT, Environment.require("SAMPLES_TABLE"),
            Environment.require("PROJECTS_TABLE")));
    private final Lazy<DynamoTaskStore> tasks = Lazy.of(() -> new DynamoTaskStore(Dynamo.CLIENT, Environment.require("TASKS_TABLE"),
            Environment.require("SAMPLES_TABLE"), Environment.require("PROJECTS_TABLE")));
    private final Lazy<IngestQueue> ingestQueue = Lazy.of(() -> new SqsIngestQueue(Sqs.CLIENT, Environment.require("INGEST_QUEUE_URL")));
    private final Lazy<TaskQueue> taskQueue = Lazy.of(() -> new SqsTaskQueue(Sqs.CLIENT, Environment.require("TASK_QUEUE_URL")));
    private final Lazy<TallyQueue> tallyQueue = Lazy.of(() -> new SqsTallyQueue(Sqs.CLIENT, Environment.require("TALLY_QUEUE_URL")));
    private final Lazy<DispatchQueue> dispatchQueue = Lazy.of(() -> new SqsDispatchQueue(Sqs.CLIENT, Environment.require("DISPATCH_QUEUE_URL")));
    private final Lazy<BlobStore> resources = Lazy.of(() -> bucket(Environment.require("RESOURCES_BUCKET")));
    private final Lazy<BlobStore> uploads = Lazy.of(() -> bucket(Environment.require("UPLOADS_BUCKET")));
    private final Lazy<AdminKey> adminKey = Lazy.of(() -> new AdminKey(Environment.require("ADMIN_API_KEY")));
    private final Lazy<Duration> leaseDuration = Lazy.of(AwsPorts::configuredLease);
    private final Lazy<UnitPrices> unitPrices = Lazy.of(() -> UnitPrices.configured(Environment.optional("UNIT_PRICES_CENTS")));
    private final Lazy<IngestResource.Settings> ingestSettings = Lazy.of(() -> new IngestResource.Settings(fetchMaxBytes(),
            Environment.optional("INGEST_MAX_ATTEMPTS").map(Integer::parseInt).orElse(IngestResource.Settings.DEFAULT_LAST_ATTEMPT)));

    @Override
    public AccountStore accounts() {
        return accounts.get();
    }

    /** Workers live in the accounts table beside the customers. */
    @Override
    public WorkerStore workers() {
        return workers.get();
    }

    @Override
    public ProjectStore projects() {
        return projects.get();
    }

    @Override
    public SampleStore samples() {
        return samples.get();
    }

    @Override
    public TaskLeases taskLeases() {
        return tasks.get();
    }

    @Override
    public Tallies tallies() {
        return tasks.get();
    }

    @Override
    public WorkflowEntries workflowEntries() {
        return tasks.get();
    }

    @Override
    public ResultPages resultPages() {
        return tasks.get();
    }

    @Override
    public IngestQueue ingestQueue() {
        return ingestQueue.get();
    }

    @Override
    public TaskQueue taskQueue() {
        return taskQueue.get();
    }

    @Override
    public TallyQueue tallyQueue() {
        return tallyQueue.get();
    }

    @Override
    public DispatchQueue dispatchQueue() {
        return dispatchQueue.get();
    }

    @Override
    public BlobStore resources() {
        return resources.get();
    }

    /** Set on the function that hands out upload URLs only. */
    @Override
    public BlobStore uploads() {
        return uploads.get();
    }

    /** The upload trigger learns its bucket from the event, as a !Ref to it would be a cycle. */
    @Override
    public BlobStore bucket(String name) {
        return new S3BlobStore(S3.CLIENT, S3.PRESIGNER, name);
    }

    @Override
    public ResourceFetcher fetcher() {
        return SafeFetcher.standard(fetchMaxBytes());
    }

    /** INGEST_MAX_ATTEMPTS (default 5, the ingest queue's maxReceiveCount): the delivery that gives up on a resource. */
    @Override
    public IngestResource.Settings ingestSettings() {
        return ingestSettings.get();
    }

    @Override
    public Clock clock() {
        return Clock.system();
    }

    /** LEASE_SECONDS (default 600). */
    @Override
    public Duration leaseDuration() {
        return leaseDuration.get();
    }

    /** UNIT_PRICES_CENTS (default {@link UnitPrices#DEFAULTS}): cents per decided micro-task by task type. */
    @Override
    public UnitPrices unitPrices() {
        return unitPrices.get();
    }

    @Override
    public AdminKey adminKey() {
        return adminKey.get();
    }

    /** FETCH_MAX_BYTES, 20 MiB by default: the largest resource fetched or uploaded. */
    private static long fetchMaxBytes() {
        return Environment.optional("FETCH_MAX_BYTES").map(Long::parseLong).orElse(SafeFetcher.Limits.DEFAULT_MAX_BYTES);
    }

    private static Duration configuredLease() {
        long seconds = Environment.optional("LEASE_SECONDS").map(Long::parseLong).orElse(ClaimTask.DEFAULT_LEASE.getSeconds());
        if (seconds < 1 || seconds > ClaimTask.MAX_LEASE_SECONDS) {
            throw new IllegalStateException("LEASE_SECONDS must be between 1 and " + ClaimTask.MAX_LEASE_SECONDS);
        }
        return Duration.ofSeconds(seconds);
    }
}
