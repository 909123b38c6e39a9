package io.quorum.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.auth.UserId;
import io.quorum.functions.wiring.AwsPorts;
import io.quorum.local.ApiRoute;
import io.quorum.local.DemoAccount;
import io.quorum.local.EmbeddedAws;
import io.quorum.local.EventJson;
import io.quorum.local.EventSigner;
import io.quorum.local.FunctionSpec;
import io.quorum.local.SamTemplate;
import io.quorum.local.TemplateResolver;
import io.quorum.project.CreateProject;
import io.quorum.project.Project;
import io.quorum.project.ProjectDraft;
import io.quorum.project.ProjectIds;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.SubmitResources;
import io.quorum.time.Clock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code quorum-local bench cold-start}: how long a function takes from a fresh JVM to its first
 * answer, the number that dominates a Lambda cold start. For every sample event it starts fresh
 * JVMs with only the deployable functions jar on the class path and the function's own environment
 * from template.yaml, aimed at an in-memory embedded stack, and reports medians.
 */
public final class ColdStartBench {

    private static final AwsPorts PORTS = new AwsPorts();

    /** What the Lambda runtime is told through template.yaml's JAVA_TOOL_OPTIONS. */
    /** The project ids of the spec's examples, which the sample events keep. */
    private static final String SPEC_PROJECT_ID = "p272_TJMngfdY";
    private static final String SPEC_OTHER_PROJECT_ID = "p273_j85WwxK7";

    private static final List<String> JVM_OPTIONS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

    private final Path functionsJar;
    private final Path eventsDir;
    private final int runs;
    private final PrintStream out;

    ColdStartBench(Path functionsJar, Path eventsDir, int runs, PrintStream out) {
        this.functionsJar = functionsJar;
        this.eventsDir = eventsDir;
        this.runs = runs;
        this.out = out;
    }

    /** {@code bench cold-start [--runs N] [--functions-jar PATH] [--events DIR]}; returns the exit status. */
    public static int run(List<String> args, PrintStream out) {
        Path jar = Path.of("functions", "target", "quorum-functions.jar");
        Path events = Path.of("events");
        int runs = 5;
        if (args.isEmpty() || !args.get(0).equals("cold-start")) {
            System.err.println("usage: quorum-local bench cold-start [--runs N] [--functions-jar PATH] [--events DIR]");
            return 2;
        }
        for (int i = 1; i < args.size(); i++) {
            String flag = args.get(i);
            if (i + 1 >= args.size()) {
                System.err.println("quorum-local bench: " + flag + " needs a value");
                return 2;
            }
            String value = args.get(++i);
            switch (flag) {
                case "--runs" -> runs = Integer.parseInt(value);
                case "--functions-jar" -> jar = Path.of(value);
                case "--events" -> events = Path.of(value);
                default -> {
                    System.err.println("quorum-local bench: unknown option " + flag);
                    return 2;
                }
            }
        }
        if (!Files.isRegularFile(jar)) {
            System.err.println("quorum-local bench: " + jar + " not found; run mvn -B -DskipTests package first");
            return 1;
        }
        try {
            new ColdStartBench(jar, events, runs, out).measure();
            return 0;
        } catch (IOException | InterruptedException e) {
            System.err.println("quorum-local bench: " + e);
            return 1;
        }
    }

    private void measure() throws IOException, InterruptedException {
        SamTemplate template = SamTemplate.fromClasspath();
        DemoAccount demo = DemoAccount.defaults();
        Path work = Files.createTempDirectory("quorum-cold-start");
        try (EmbeddedAws aws = EmbeddedAws.start(template, EmbeddedAws.Storage.inMemory())) {
            // The committed sample events carry the local stack's default admin key.
            Map<String, String> parameters = Map.of("AdminApiKey", "quorum-local-admin-key-change-me-0001");
            aws.configureJvm(template, parameters);
            demo.seed();
            Map<String, String> projectIds = Map.of(
                    "alter-state.json", projectWithOneSample(demo, "bench alter-state"),
                    "*", projectWithOneSample(demo, "bench"));
            TemplateResolver resolver = new TemplateResolver(template, aws.resources(), parameters);
            Path probeClasses = extractProbe(work);
            out.printf("Cold start per function: %d fresh JVMs each, class path = %s (%d KiB), JVM options %s%n%n",
                    runs, functionsJar, Files.size(functionsJar) / 1024, String.join(" ", JVM_OPTIONS));
            out.printf("%-48s %8s %8s %8s %8s %8s  %s%n", "function (event)", "jvm→main", "init", "1st call", "2nd call", "total",
                    "answers (HTTP status/v1 code)");
            for (Path eventFile : eventFiles()) {
                ObjectNode event = (ObjectNode) EventJson.MAPPER.readTree(Files.readString(eventFile));
                FunctionSpec function = functionFor(template, event);
                Map<String, String> environment = new LinkedHashMap<>(resolver.environmentOf(function));
                environment.putAll(sdkEnvironment(aws));
                List<JsonNode> results = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    String projectId = projectIds.getOrDefault(eventFile.getFileName().toString(), projectIds.get("*"));
                    Path first = signedCopy(event, demo, projectId, work.resolve("first.json"), run * 2);
                    Path second = signedCopy(event, demo, projectId, work.resolve("second.json"), run * 2 + 1);
                    results.add(probe(probeClasses, function.handlerClass(), first, second, environment));
                }
                report(function.logicalId() + " (" + eventFile.getFileName() + ")", results);
            }
        } finally {
            deleteRecursively(work);
        }
    }

    /** The API Gateway samples only: the probe sends HTTP events, so queue and bucket consumers are not measured here. */
    private List<Path> eventFiles() throws IOException {
        try (Stream<Path> files = Files.list(eventsDir)) {
            return files.filter(file -> file.toString().endsWith(".json")).filter(ColdStartBench::isApiEvent).sorted().toList();
        }
    }

    private static boolean isApiEvent(Path file) {
        try {
            return EventJson.MAPPER.readTree(Files.readString(file)).has("httpMethod");
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private static FunctionSpec functionFor(SamTemplate template, JsonNode event) {
        String resource = event.path("resource").asText();
        String function = template.apiRoutes().stream()
                .filter(route -> route.path().equals(resource))
                .map(ApiRoute::functionLogicalId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no function serves " + resource));
        return template.function(function).orElseThrow();
    }

    /** A project of the demo account with one sample, so that the samples' spec project ids can be replaced by a real one. */
    private static String projectWithOneSample(DemoAccount demo, String name) {
        UserId owner = new UserId(demo.userId());
        Project project = new CreateProject(PORTS.projects(), new ProjectIds(), Clock.system()).execute(new CreateProject.Command(owner,
                new ProjectDraft(name + " " + System.nanoTime(), "image_classification", "single_choice", "", "cat or dog?", null, List.of("cat", "dog"))));
        new SubmitResources(PORTS.projects(), PORTS.samples(), PORTS.ingestQueue(), Clock.system()).execute(new SubmitResources.Command(
                owner, project.id().value(), ResourceType.IMAGE, List.of("https://images.example.com/bench.jpg")));
        return project.id().value();
    }

    /**
     * The event aimed at a real project, with a project name or e-mail of its own (so creates succeed
     * every run) and a fresh demo signature.
     */
    private static Path signedCopy(ObjectNode event, DemoAccount demo, String projectId, Path file, int run) throws IOException {
        ObjectNode copy = event.deepCopy();
        JsonNode body = EventJson.MAPPER.readTree(copy.path("body").asText("{}")
                .replace(SPEC_PROJECT_ID, projectId).replace(SPEC_OTHER_PROJECT_ID, projectId));
        if (body.path("params").has("projectName")) {
            ((ObjectNode) body.get("params")).put("projectName", body.get("params").get("projectName").asText() + " #" + run + " " + System.nanoTime());
        }
        if (body.has("email")) {
            ((ObjectNode) body).put("email", "bench-" + System.nanoTime() + "@example.com");
        }
        copy.put("body", EventJson.MAPPER.writeValueAsString(body));
        EventSigner.restamp(copy, demo, Instant.now());
        Files.writeString(file, EventJson.MAPPER.writeValueAsString(copy));
        return file;
    }

    private static Map<String, String> sdkEnvironment(EmbeddedAws aws) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_REGION", "us-east-1");
        environment.put("AWS_ACCESS_KEY_ID", "test");
        environment.put("AWS_SECRET_ACCESS_KEY", "test");
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", aws.endpoints().dynamoDb().toString());
        environment.put("AWS_ENDPOINT_URL_SQS", aws.endpoints().sqs().toString());
        environment.put("AWS_ENDPOINT_URL_S3", aws.endpoints().s3().toString());
        environment.put("LOG_LEVEL", "WARN");
        return environment;
    }

    private JsonNode probe(Path probeClasses, String handlerClass, Path first, Path second, Map<String, String> environment)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(functionsJar + java.io.File.pathSeparator + probeClasses);
        command.add(ColdStartProbe.class.getName());
        command.add(handlerClass);
        command.add(first.toString());
        command.add(second.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith(ColdStartProbe.RESULT_PREFIX)) {
                    result = line.substring(ColdStartProbe.RESULT_PREFIX.length());
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IOException("the probe of " + handlerClass + " failed:\n" + output);
        }
        return EventJson.MAPPER.readTree(result);
    }

    private void report(String name, List<JsonNode> results) {
        out.printf("%-48s %6d ms %5d ms %5d ms %5d ms %5d ms  %s%n", name,
                median(results, "jvmToMainMillis"), median(results, "initMillis"), median(results, "firstInvokeMillis"),
                median(results, "secondInvokeMillis"), median(results, "jvmStartToFirstAnswerMillis"),
                results.stream().map(r -> r.get("first").asText() + " " + r.get("second").asText()).distinct().toList());
    }

    private static long median(List<JsonNode> results, String field) {
        List<Long> values = results.stream().map(result -> result.get(field).asLong()).sorted(Comparator.naturalOrder()).toList();
        return values.get(values.size() / 2);
    }

    /** The probe's class file, copied out of this jar so that the child JVM needs nothing else of it. */
    private static Path extractProbe(Path work) throws IOException {
        String resource = ColdStartProbe.class.getName().replace('.', '/') + ".class";
        Path target = work.resolve("probe").resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = ColdStartBench.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the class path");
            }
            Files.copy(in, target);
        }
        return work.resolve("probe");
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
