package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quorum.auth.RequestSigner;
import io.quorum.auth.SecretKey;
import io.quorum.auth.SignType;
import io.quorum.json.Json;
import io.quorum.local.LoopbackHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small stand-in for the worker API, strict where the real one is: signatures verified with
 * {@link RequestSigner}, answers checked against the contract (code 32), tokens bound to their
 * worker (code 30). Micro-tasks come from a queue; an empty queue answers 29. Images are served
 * by the same server behind presigned-looking URLs.
 */
final class FakeWorkerApi implements AutoCloseable {

    static final String ADMIN_KEY = "fake-admin-key-for-crowd-tests-0001";
    private static final String SIGNATURE_PARAM = "X-Amz-Signature=";

    /** One micro-task: the image it shows and the question asked about it. */
    record FakeTask(String sampleId, String taskType, List<String> options, byte[] image, int width, int height) {
    }

    /** What a worker submitted and the engine accepted. */
    record Accepted(String workerId, FakeTask task, JsonNode answer) {
    }

    private record Lease(String workerId, FakeTask task) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, SecretKey> workers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<FakeTask> queue = new ConcurrentLinkedQueue<>();
    private final Map<String, FakeTask> blobs = new ConcurrentHashMap<>();
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private final Set<String> submittedTokens = ConcurrentHashMap.newKeySet();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> noTaskAnswers = new ConcurrentHashMap<>();
    private final Set<String> expireFirstSubmitOf = ConcurrentHashMap.newKeySet();
    private volatile Integer claimCode;

    FakeWorkerApi() throws IOException {
        LoopbackHttp.preferLowLatency();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/api/v1/admin/workers", this::createWorker);
        server.createContext("/api/v1/worker/claim", exchange -> signed(exchange, this::claim));
        server.createContext("/api/v1/worker/submit", exchange -> signed(exchange, this::submit));
        server.createContext("/api/v1/worker/release", exchange -> signed(exchange, this::release));
        server.createContext("/blobs/", this::blob);
        server.start();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void add(List<FakeTask> tasks) {
        tasks.forEach(task -> blobs.put(task.sampleId(), task));
        queue.addAll(tasks);
    }

    /** Every claim answers this code instead, e.g. 4 as a stack without the worker API would. */
    void answerEveryClaimWith(int code) {
        claimCode = code;
    }

    /** The first submit for this sample answers 31 and puts the task back, as an expired lease does. */
    void expireFirstSubmitOf(String sampleId) {
        expireFirstSubmitOf.add(sampleId);
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** Requests the fake refused for a reason a correct client never causes (signature, answer shape). */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    Map<String, Integer> noTaskAnswersByWorker() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        noTaskAnswers.forEach((worker, count) -> counts.put(worker, count.get()));
        return counts;
    }

    int queued() {
        return queue.size();
    }

    // ---- handlers ----

    private void createWorker(HttpExchange exchange) throws IOException {
        if (!ADMIN_KEY.equals(exchange.getRequestHeaders().getFirst("X-Admin-Key"))) {
            send(exchange, 403, "{\"error\": \"admin_key_invalid\", \"message\": \"wrong key\"}");
            return;
        }
        JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
        String workerId = "W_" + HexFormat.of().withUpperCase().formatHex(randomBytes());
        String secret = "wsk_" + UUID.randomUUID().toString().replace("-", "");
        workers.put(workerId, new SecretKey(secret));
        ObjectNode created = Json.object();
        created.put("workerId", workerId);
        created.put("secretKey", secret);
        created.put("name", body.path("name").asText());
        created.put("created", System.currentTimeMillis() / 1000);
        send(exchange, 201, created.toString());
    }

    private interface WorkerOperation {
        ObjectNode answer(String workerId, JsonNode params);
    }

    private void signed(HttpExchange exchange, WorkerOperation operation) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        JsonNode envelope = Json.MAPPER.readTree(body);
        String workerId = envelope.path("userId").asText();
        SecretKey secret = workers.get(workerId);
        String timestamp = exchange.getRequestHeaders().getFirst("Timestamp");
        String sign = exchange.getRequestHeaders().getFirst("RequestSign");
        if (secret == null) {
            refusals.add("unknown worker " + workerId);
            send(exchange, 200, error(6, "API request user does not exist"));
            return;
        }
        if (!"md5".equals(exchange.getRequestHeaders().getFirst("SignType"))
                || timestamp == null || Math.abs(System.currentTimeMillis() - Long.parseLong(timestamp)) > 300_000
                || !RequestSigner.sign(SignType.MD5, workerId, body, timestamp, secret).equals(sign)) {
            refusals.add("bad signature from " + workerId);
            send(exchange, 200, error(27, "api key signature verification failed"));
            return;
        }
        ObjectNode answer = operation.answer(workerId, envelope.path("params"));
        if (!answer.has("code")) {
            ObjectNode success = Json.object();
            success.put("code", 0);
            success.put("successMsg", "success");
            success.put("userId", workerId);
            success.set("data", answer);
            answer = success;
        }
        send(exchange, 200, answer.toString());
    }

    private ObjectNode claim(String workerId, JsonNode params) {
        if (claimCode != null) {
            return errorNode(claimCode, "Api request url is invalid");
        }
        FakeTask task = queue.poll();
        if (task == null) {
            noTaskAnswers.computeIfAbsent(workerId, id -> new AtomicInteger()).incrementAndGet();
            return errorNode(29, "No micro-task is available at the moment, please try again later");
        }
        String token = "tok_" + UUID.randomUUID();
        leases.put(token, new Lease(workerId, task));
        ObjectNode data = Json.object();
        data.put("taskToken", token);
        data.put("projectId", "p1_fake");
        data.put("sampleId", task.sampleId());
        data.put("nodeId", "label");
        data.put("taskType", task.taskType());
        data.put("question", "which?");
        task.options().forEach(data.withArray("options")::add);
        data.put("objectMarked", "thing");
        data.put("instruction", "");
        data.put("resourceType", "image");
        data.put("resourceURL", baseUri() + "/blobs/" + task.sampleId() + ".png?X-Amz-Expires=600&" + SIGNATURE_PARAM + "abc123");
        data.putNull("text");
        data.put("imageWidth", task.width());
        data.put("imageHeight", task.height());
        data.put("leaseExpiresAt", System.currentTimeMillis() + 600_000);
        return data;
    }

    private ObjectNode submit(String workerId, JsonNode params) {
        String token = params.path("taskToken").asText();
        Lease lease = leases.get(token);
        if (lease == null || !lease.workerId().equals(workerId)) {
            refusals.add("token not this worker's");
            return errorNode(30, "The task token is invalid or does not belong to this worker");
        }
        ObjectNode data = Json.object();
        data.put("taskToken", token);
        data.put("accepted", true);
        if (!submittedTokens.add(token)) {
            data.put("duplicate", true);
            return data;
        }
        if (expireFirstSubmitOf.remove(lease.task().sampleId())) {
            submittedTokens.remove(token);
            leases.remove(token);
            queue.add(lease.task());
            return errorNode(31, "The lease on this micro-task has expired");
        }
        FakeTask task = lease.task();
        List<String> problems = ContractAnswers.problems(task.taskType(), params.path("answer"), task.options(), task.width(), task.height());
        if (!problems.isEmpty()) {
            submittedTokens.remove(token);
            refusals.add("answer invalid: " + problems);
            return errorNode(32, String.join("; ", problems));
        }
        accepted.add(new Accepted(workerId, task, params.get("answer")));
        data.put("duplicate", false);
        return data;
    }

    private ObjectNode release(String workerId, JsonNode params) {
        Lease lease = leases.remove(params.path("taskToken").asText());
        if (lease == null || !lease.workerId().equals(workerId)) {
            return errorNode(30, "The task token is invalid or does not belong to this worker");
        }
        queue.add(lease.task());
        ObjectNode data = Json.object();
        data.put("taskToken", params.path("taskToken").asText());
        data.put("released", true);
        return data;
    }

    private void blob(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String sampleId = path.substring("/blobs/".length()).replace(".png", "");
        FakeTask task = blobs.get(sampleId);
        if (query == null || !query.contains(SIGNATURE_PARAM) || task == null || task.image() == null) {
            exchange.sendResponseHeaders(task != null && task.image() == null ? 404 : 403, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, task.image().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(task.image());
        }
    }

    // ---- helpers ----

    private static ObjectNode errorNode(int code, String message) {
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("errorMsg", message);
        return error;
    }

    private static String error(int code, String message) {
        return errorNode(code, message).toString();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    static List<FakeTask> demoTasks(int count, List<String> taskTypes, List<String> options, long seed) {
        DemoImages images = new DemoImages(seed, options);
        List<FakeTask> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoImage image = images.image(i);
            String type = taskTypes.get(i % taskTypes.size());
            boolean choice = type.endsWith("_choice");
            tasks.add(new FakeTask("s" + seed + "-" + i, type, choice ? options : List.of(), image.png(), image.width(), image.height()));
        }
        return tasks;
    }
}
