package io.quorum.functions;

import io.quorum.auth.AccountStore;
import io.quorum.config.Environment;
import io.quorum.project.ProjectStore;
import io.quorum.sample.IngestQueue;
import io.quorum.sample.SampleStore;
import io.quorum.store.AwsClients;
import io.quorum.store.DynamoAccountStore;
import io.quorum.store.DynamoProjectStore;
import io.quorum.store.DynamoSampleStore;
import io.quorum.store.SqsIngestQueue;
import io.quorum.time.Clock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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

    public static String adminApiKey() {
        return Environment.require("ADMIN_API_KEY");
    }
}
