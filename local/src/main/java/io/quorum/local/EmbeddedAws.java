package io.quorum.local;

import com.amazonaws.services.dynamodbv2.local.main.CommandLineInput;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DynamoDB Local, ElasticMQ (SQS) and S3Proxy (S3), started in this JVM on free loopback ports,
 * with every table, queue and bucket that template.yaml declares.
 *
 * <p>Starting one has no JVM-wide effect: {@link #configureJvm} is the separate step that points
 * the SDK and the functions' environment at it. Several can therefore run side by side (a test
 * restarting a persistent stack, say), but only one per JVM may be configured, because static SDK
 * clients keep the first endpoint they were built with.
 *
 * <p>Persistence: with a data directory, DynamoDB Local keeps its tables in {@code DIR/dynamodb}
 * and S3Proxy its objects in {@code DIR/s3}; ElasticMQ always runs in memory, so queued messages
 * do not survive a restart (the queues themselves are recreated from the template).
 */
public final class EmbeddedAws implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAws.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration S3PROXY_START_TIMEOUT = Duration.ofSeconds(30);

    private final DynamoDBProxyServer dynamoDb;
    private final SQSRestServer sqs;
    private final S3Proxy s3;
    private final Endpoints endpoints;
    private final LocalResources resources;

    private EmbeddedAws(DynamoDBProxyServer dynamoDb, SQSRestServer sqs, S3Proxy s3, Endpoints endpoints, LocalResources resources) {
        this.dynamoDb = dynamoDb;
        this.sqs = sqs;
        this.s3 = s3;
        this.endpoints = endpoints;
        this.resources = resources;
    }

    /** Where the emulators keep their data: nowhere ({@link #inMemory()}) or under a directory. */
    public record Storage(Optional<Path> dataDir) {

        public Storage {
            Objects.requireNonNull(dataDir, "dataDir");
        }

        public static Storage inMemory() {
            return new Storage(Optional.empty());
        }

        public static Storage under(Path dataDir) {
            return new Storage(Optional.of(dataDir.toAbsolutePath().normalize()));
        }
    }

    /**
     * Starts the three emulators in parallel and creates the template's resources; idempotent
     * over a data directory, so a restart finds its tables and buckets and creates nothing twice.
     */
    public static EmbeddedAws start(SamTemplate template, Storage storage) {
        EmulatorDefaults.apply();
        Optional<Path> dynamoDir = storage.dataDir().map(dir -> createDirectories(dir.resolve("dynamodb")));
        Optional<Path> s3Dir = storage.dataDir().map(dir -> createDirectories(dir.resolve("s3")));

        ExecutorService starter = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "embedded-aws-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<Started<DynamoDBProxyServer>> dynamo = CompletableFuture.supplyAsync(
                    () -> timed("DynamoDB Local started", () -> startDynamoDb(dynamoDir)), starter);
            CompletableFuture<Started<SQSRestServer>> queues = CompletableFuture.supplyAsync(
                    () -> timed("ElasticMQ started", EmbeddedAws::startElasticMq), starter);
            CompletableFuture<StartedS3> blobs = CompletableFuture.supplyAsync(
                    () -> timed("S3Proxy started", () -> startS3Proxy(s3Dir)), starter);

            CompletableFuture<Map<String, String>> tables = dynamo.thenApplyAsync(started -> timed("Tables ready",
                    () -> Provisioning.createTables(started.endpoint(), template.tables())), starter);
            CompletableFuture<Map<String, String>> queueUrls = queues.thenApplyAsync(started -> timed("Queues ready",
                    () -> Provisioning.createQueues(started.endpoint(), template.queues())), starter);
            CompletableFuture<Map<String, String>> buckets = blobs.thenApplyAsync(started -> timed("Buckets ready",
                    () -> Provisioning.createBuckets(started.store(), template)), starter);

            try {
                CompletableFuture.allOf(tables, queueUrls, buckets).join();
            } catch (CompletionException e) {
                stopQuietly(dynamo, queues, blobs);
                throw unwrap(e);
            }
            return new EmbeddedAws(
                    dynamo.join().server(),
                    queues.join().server(),
                    blobs.join().proxy(),
                    new Endpoints(dynamo.join().endpoint(), queues.join().endpoint(), blobs.join().endpoint()),
                    new LocalResources(tables.join(), queueUrls.join(), buckets.join()));
        } finally {
            starter.shutdown();
        }
    }

    public Endpoints endpoints() {
        return endpoints;
    }

    public LocalResources resources() {
        return resources;
    }

    /**
     * Points this JVM's AWS SDK at these emulators and exports every function's resolved
     * environment as system properties (see {@link JvmConfiguration}).
     *
     * @param parameterValues values for template parameters, overriding their Default
     */
    public void configureJvm(SamTemplate template, Map<String, String> parameterValues) {
        TemplateResolver resolver = new TemplateResolver(template, resources, parameterValues);
        JvmConfiguration.apply(endpoints, resolver.combinedEnvironment());
    }

    /** Stops the HTTP front ends first so that nothing writes into a closing store. */
    @Override
    public void close() {
        runQuietly("ElasticMQ", sqs::stopAndWait);
        runQuietly("S3Proxy", s3::stop);
        runQuietly("DynamoDB Local", dynamoDb::stop);
    }

    /** Start-up is what developers wait for; DEBUG shows where the time goes. */
    private static <T> T timed(String what, Supplier<T> step) {
        long started = System.nanoTime();
        T result = step.get();
        LOG.debug("{} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    // ---- starting each emulator ----

    private record Started<T>(T server, URI endpoint) {
    }

    private record StartedS3(S3Proxy proxy, BlobStore store, URI endpoint) {
    }

    private static Started<DynamoDBProxyServer> startDynamoDb(Optional<Path> dataDir) {
        return withFreePort(port -> {
            List<String> args = new ArrayList<>(List.of("-port", Integer.toString(port), "-disableTelemetry"));
            if (dataDir.isPresent()) {
                args.addAll(List.of("-sharedDb", "-dbPath", dataDir.get().toString()));
            } else {
                args.add("-inMemory");
            }
            // createServer rather than createServerFromCommandLineArgs: the latter prints its whole
            // configuration to System.out, in the middle of our banner.
            CommandLineInput input = new CommandLineInput(args.toArray(String[]::new));
            if (!input.init()) {
                throw new IllegalStateException("DynamoDB Local refused its arguments " + args);
            }
            DynamoDBProxyServer server = ServerRunner.createServer(input);
            bindToLoopback(server);
            server.start();
            return new Started<>(server, URI.create("http://" + LOOPBACK + ":" + port));
        });
    }

    /**
     * DynamoDB Local has no option for its listen address and would accept connections from the
     * whole network; an emulator that takes any credentials must stay on loopback. Its Jetty
     * server is private, hence the one reflective access; should a later version rename the
     * field, it still starts (with a warning) rather than not at all.
     */
    private static void bindToLoopback(DynamoDBProxyServer proxy) {
        try {
            Field field = DynamoDBProxyServer.class.getDeclaredField("server");
            field.setAccessible(true);
            Server server = (Server) field.get(proxy);
            for (Connector connector : server.getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(LOOPBACK);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("DynamoDB Local listens on every interface: cannot restrict it to loopback ({})", e.toString());
        }
    }

    private static Started<SQSRestServer> startElasticMq() {
        return withFreePort(port -> {
            SQSRestServer server = SQSRestServerBuilder
                    .withInterface(LOOPBACK)
                    .withPort(port)
                    .withServerAddress(new NodeAddress("http", LOOPBACK, port, ""))
                    .withAWSRegion(LocalNames.REGION)
                    .withAWSAccountId(LocalNames.ACCOUNT_ID)
                    .start();
            try {
                server.waitUntilStarted();
            } catch (RuntimeException e) {
                server.stopAndWait();
                throw e;
            }
            return new Started<>(server, URI.create("http://" + LOOPBACK + ":" + port));
        });
    }

    private static StartedS3 startS3Proxy(Optional<Path> dataDir) {
        BlobStore store = dataDir.<BlobStore>map(dir -> new FilesystemNio2BlobStore(dir.toString()))
                .orElseGet(TransientNio2BlobStore::new);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://" + LOOPBACK + ":0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, LocalNames.ACCESS_KEY_ID, LocalNames.SECRET_ACCESS_KEY)
                .stopTimeout(0)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + S3PROXY_START_TIMEOUT.toNanos();
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start within " + S3PROXY_START_TIMEOUT);
                }
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while S3Proxy was starting", e);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy failed to start: " + e.getMessage(), e);
        }
        return new StartedS3(proxy, store, URI.create("http://" + LOOPBACK + ":" + proxy.getPort()));
    }

    @FunctionalInterface
    private interface OnPort<T> {
        T start(int port) throws Exception;
    }

    /**
     * DynamoDB Local and ElasticMQ must be told a port (ElasticMQ writes it into queue URLs), so a
     * free one is picked first; another process may take it in between, hence the retries.
     */
    private static <T> T withFreePort(OnPort<T> starter) {
        Exception last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return starter.start(freePort());
            } catch (Exception e) {
                last = e;
                if (!isBindFailure(e)) {
                    break;
                }
            }
        }
        throw new IllegalStateException("Emulator failed to start: " + last.getMessage(), last);
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dir, e);
        }
    }

    // ---- stopping ----

    @FunctionalInterface
    private interface Stoppable {
        void stop() throws Exception;
    }

    private static void runQuietly(String what, Stoppable stoppable) {
        long started = System.nanoTime();
        try {
            stoppable.stop();
            LOG.debug("{} stopped in {} ms", what, (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            LOG.warn("{} did not stop cleanly: {}", what, e.toString());
        }
    }

    private static void stopQuietly(
            CompletableFuture<Started<DynamoDBProxyServer>> dynamo,
            CompletableFuture<Started<SQSRestServer>> queues,
            CompletableFuture<StartedS3> blobs) {
        whenStarted(queues).ifPresent(started -> runQuietly("ElasticMQ", started.server()::stopAndWait));
        whenStarted(blobs).ifPresent(started -> runQuietly("S3Proxy", started.proxy()::stop));
        whenStarted(dynamo).ifPresent(started -> runQuietly("DynamoDB Local", started.server()::stop));
    }

    private static <T> Optional<T> whenStarted(CompletableFuture<T> future) {
        try {
            return Optional.of(future.join());
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        Throwable cause = e.getCause();
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    @Override
    public String toString() {
        return "EmbeddedAws[" + endpoints + "]";
    }
}
