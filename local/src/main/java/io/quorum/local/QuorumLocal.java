package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.local.crowd.CrowdCli;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack's command line: {@code serve} (the default) runs the emulators and the API,
 * {@code invoke} calls one function with an event file, {@code sign} refreshes a sample event's
 * signature; {@code crowd}, {@code demo-images} and {@code demo} are {@link CrowdCli}'s. Exit codes:
 * 0 success, 1 failure (a handler threw, the stack did not start), 2 bad command line.
 */
public final class QuorumLocal {

    private static final Logger LOG = LoggerFactory.getLogger(QuorumLocal.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(500);

    private QuorumLocal() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(io.quorum.local.bench.ColdStartBench.run(java.util.List.of(args).subList(1, args.length), System.out));
        }
        if (args.length > 0 && CrowdCli.COMMANDS.contains(args[0])) {
            System.exit(CrowdCli.run(args[0], java.util.List.of(args).subList(1, args.length), System.out, System.err));
        }
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (CliOptions.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(CliOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(CliOptions.usage());
            return;
        }
        // Explicit: DynamoDB Local leaves a non-daemon thread behind even once stopped.
        System.exit(run(options, System.out));
    }

    /** Runs a parsed command line; returns the exit status. */
    static int run(CliOptions options, PrintStream out) {
        try {
            return switch (options.command()) {
                case SERVE -> serve(options, out);
                case INVOKE -> invoke(options, out);
                case SIGN -> sign(options, out);
            };
        } catch (CliOptions.UsageException e) {
            System.err.println("quorum-local: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            // An unreadable or malformed event file: the message says which, a stack trace would not help.
            System.err.println("quorum-local: " + e);
            return 1;
        } catch (RuntimeException e) {
            LOG.error("quorum-local {} failed", options.command().name().toLowerCase(), e);
            System.err.println("quorum-local: " + e.getMessage());
            return 1;
        }
    }

    // ---- serve ----

    private static int serve(CliOptions options, PrintStream out) {
        SamTemplate template = options.loadTemplate();
        DemoAccount demo = options.demo();
        EmbeddedAws aws = EmbeddedAws.start(template, options.storage());
        ApiGatewayEmulator api;
        Optional<EventSources> eventSources;
        try {
            aws.configureJvm(template, options.parameterValues());
            demo.seed();
            api = ApiGatewayEmulator.start(template, options.port(),
                    apiUrl -> new LocalInfo(apiUrl, aws.endpoints(), aws.resources(), demo, options.adminKey()));
        } catch (RuntimeException e) {
            aws.close();
            throw e;
        }
        try {
            eventSources = options.eventSources()
                    ? Optional.of(EventSources.start(template, aws, options.parameterValues(), EventSources.Schedules.ON_THEIR_RATE))
                    : Optional.empty();
        } catch (RuntimeException e) {
            api.close();
            aws.close();
            throw e;
        }
        // Serving ends only through the JVM's shutdown (Ctrl-C, SIGTERM): the hook stops everything
        // and the JVM halts once it returns, so the main thread just waits. Event sources stop
        // first: their invocations still need the API's tables and queues.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            eventSources.ifPresent(EventSources::close);
            api.close();
            aws.close();
            stopped.countDown();
        }, "quorum-local-shutdown"));
        long readyMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Banner.print(out, template, api, aws, eventSources, demo, options, readyMillis);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    // ---- invoke ----

    private static int invoke(CliOptions options, PrintStream out) throws IOException, CliOptions.UsageException {
        SamTemplate template = options.loadTemplate();
        String functionId = options.arguments().get(0);
        LambdaFunction function = new FunctionRegistry(template).find(functionId).orElseThrow(() -> new CliOptions.UsageException(
                "template.yaml has no function " + functionId + "; its functions: "
                        + String.join(", ", template.functions().stream().map(FunctionSpec::logicalId).toList())));
        ObjectNode event = readEvent(Path.of(options.arguments().get(1)));

        Optional<LocalInfo> running = probeRunningStack(options.port());
        EmbeddedAws started = null;
        DemoAccount demo;
        if (running.isPresent()) {
            LocalInfo info = running.get();
            LOG.info("Using the stack running at {}", info.apiUrl());
            TemplateResolver resolver = new TemplateResolver(template, info.resources(), Map.of("AdminApiKey", info.adminKey()));
            JvmConfiguration.apply(info.endpoints(), resolver.combinedEnvironment());
            demo = info.demo();
        } else {
            LOG.info("No stack answers on port {}; starting one in memory", options.port());
            started = EmbeddedAws.start(template, EmbeddedAws.Storage.inMemory());
            started.configureJvm(template, options.parameterValues());
            demo = options.demo();
            demo.seed();
        }
        try {
            if (!options.asIs() && EventSigner.restamp(event, demo, Instant.now())) {
                LOG.info("Re-signed the event for the demo account (pass --as-is to send it unchanged)");
            }
            Object input = EventJson.read(event, function.inputType());
            Object result;
            try {
                result = function.invoke(input, new LocalContext(UUID.randomUUID().toString(), function.spec()));
            } catch (LambdaFunction.HandlerFailure e) {
                System.err.println(functionId + " threw " + e.getCause());
                e.getCause().printStackTrace(System.err);
                return 1;
            }
            printResult(out, result);
            return 0;
        } finally {
            if (started != null) {
                started.close();
            }
        }
    }

    static void printResult(PrintStream out, Object result) throws IOException {
        if (result instanceof APIGatewayProxyResponseEvent response) {
            out.println("HTTP " + response.getStatusCode());
            out.println(prettyIfJson(response.getBody()));
        } else {
            out.println(EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        }
    }

    private static String prettyIfJson(String body) {
        if (body == null) {
            return "";
        }
        try {
            JsonNode json = EventJson.MAPPER.readTree(body);
            return json == null ? body : EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (IOException notJson) {
            return body;
        }
    }

    /** The running stack's description, when a local server answers on the port (briefly). */
    static Optional<LocalInfo> probeRunningStack(int port) {
        if (port == 0) {
            return Optional.empty();
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ApiGatewayEmulator.LOCAL_INFO_PATH))
                .timeout(PROBE_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(LocalInfo.fromJson(EventJson.MAPPER.readTree(response.body())));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    // ---- sign ----

    private static int sign(CliOptions options, PrintStream out) throws IOException {
        ObjectNode event = readEvent(Path.of(options.arguments().get(0)));
        if (!EventSigner.restamp(event, options.demo(), Instant.now())) {
            System.err.println("Left unchanged: the event has no RequestSign header or its body's userId is not the demo user");
        }
        out.println(EventJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event));
        return 0;
    }

    private static ObjectNode readEvent(Path file) throws IOException {
        JsonNode event = EventJson.MAPPER.readTree(Files.readString(file));
        if (event == null || !event.isObject()) {
            throw new IOException(file + " does not hold a JSON object");
        }
        return (ObjectNode) event;
    }
}
