package io.quorum.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Serves the template's API on a loopback port the way API Gateway (REST, Lambda proxy
 * integration) does: each request is routed by {@link ApiRouter}, turned into an
 * {@link APIGatewayProxyRequestEvent} and handed to the function's handler in this JVM; the
 * handler's {@link APIGatewayProxyResponseEvent} becomes the HTTP response.
 *
 * <p>API Gateway's own answers are reproduced where clients can observe them: 403 "Missing
 * Authentication Token" for a path no route matches, 413 for a body over 10 MB, 502 "Internal
 * server error" when the handler throws or returns nothing usable. Paths have no stage prefix.
 */
public final class ApiGatewayEmulator implements AutoCloseable {

    /** API Gateway's payload limit. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    public static final String LOCAL_INFO_PATH = "/_local/info";
    /** Beyond this, an oversized body is not read to its end and the connection is simply closed. */
    private static final long MAX_DISCARDED_BYTES = 8L * MAX_BODY_BYTES;

    private static final Logger LOG = LoggerFactory.getLogger(ApiGatewayEmulator.class);
    private static final ObjectMapper MAPPER = EventJson.MAPPER;
    private static final String MISSING_AUTHENTICATION_TOKEN = "{\"message\":\"Missing Authentication Token\"}";
    private static final String REQUEST_TOO_LONG = "{\"message\":\"Request Too Long\"}";
    private static final String INTERNAL_SERVER_ERROR = "{\"message\":\"Internal server error\"}";
    // Set by the server from the body it writes; a handler's value would contradict it.
    private static final Set<String> HEADERS_THE_SERVER_OWNS = Set.of("content-length", "transfer-encoding", "connection");

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ApiRouter router;
    private final FunctionRegistry functions;
    private final Optional<LocalInfo> localInfo;

    private ApiGatewayEmulator(
            HttpServer server, ThreadPoolExecutor workers, ApiRouter router, FunctionRegistry functions,
            Function<String, LocalInfo> localInfoForApiUrl) {
        this.server = server;
        this.workers = workers;
        this.router = router;
        this.functions = functions;
        this.localInfo = Optional.ofNullable(localInfoForApiUrl).map(describe -> describe.apply(apiUrl()));
    }

    /** Serves the template's routes only. @param port 0 for any free port */
    public static ApiGatewayEmulator start(SamTemplate template, int port) {
        return start(template, port, null);
    }

    /**
     * Serves the template's routes and, in local mode, {@code GET /_local/info}.
     *
     * @param port               0 for any free port
     * @param localInfoForApiUrl builds the info from the API URL once the port is known; null for none
     */
    public static ApiGatewayEmulator start(SamTemplate template, int port, Function<String, LocalInfo> localInfoForApiUrl) {
        HttpServer server;
        LoopbackHttp.preferLowLatency();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")", e);
        }
        ThreadPoolExecutor workers = workerPool();
        ApiGatewayEmulator emulator = new ApiGatewayEmulator(
                server, workers, new ApiRouter(template.apiRoutes()), new FunctionRegistry(template), localInfoForApiUrl);
        server.createContext("/", emulator::handle);
        server.setExecutor(workers);
        server.start();
        return emulator;
    }

    /**
     * Bounded so that a flood of requests queues instead of starting threads without limit; when
     * even the queue is full the accepting thread runs the request itself, which slows accepting.
     */
    private static ThreadPoolExecutor workerPool() {
        int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        AtomicInteger counter = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1024),
                runnable -> {
                    Thread thread = new Thread(runnable, "api-gateway-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://localhost:<port>}, with no stage prefix. */
    public String apiUrl() {
        return "http://localhost:" + port();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public Optional<LocalInfo> localInfo() {
        return localInfo;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    // ---- one request ----

    /** How a request ended, for its one log line. */
    private record Outcome(int status, String function, Level level, String problem, Throwable cause) {

        static Outcome answered(int status) {
            return new Outcome(status, null, Level.INFO, null, null);
        }

        static Outcome invoked(int status, String function) {
            return new Outcome(status, function, Level.INFO, null, null);
        }

        static Outcome handlerFailed(String function, String problem, Throwable cause) {
            return new Outcome(502, function, Level.ERROR, problem, cause);
        }
    }

    private void handle(HttpExchange exchange) {
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        Outcome outcome;
        try (exchange) {
            exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
            outcome = respond(exchange, requestId);
        } catch (IOException | RuntimeException e) {
            // Typically the client went away mid-request; nothing more can be sent.
            outcome = new Outcome(0, null, Level.WARN, "request failed before its response was sent: " + e, null);
        }
        LoggingEventBuilder line = LOG.atLevel(outcome.level())
                .addKeyValue("requestId", requestId)
                .addKeyValue("status", outcome.status())
                .addKeyValue("millis", (System.nanoTime() - started) / 1_000_000);
        if (outcome.function() != null) {
            line = line.addKeyValue("function", outcome.function());
        }
        if (outcome.cause() != null) {
            line = line.setCause(outcome.cause());
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (outcome.problem() == null) {
            line.log("{} {}", method, path);
        } else {
            line.log("{} {}: {}", method, path, outcome.problem());
        }
    }

    private Outcome respond(HttpExchange exchange, String requestId) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        if (localInfo.isPresent() && method.equals("GET") && LOCAL_INFO_PATH.equals(path)) {
            return sendJson(exchange, 200, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(localInfo.get().toJson()));
        }
        Optional<RouteMatch> match = router.match(method, path);
        if (match.isEmpty()) {
            return sendJson(exchange, 403, MISSING_AUTHENTICATION_TOKEN);
        }
        Optional<byte[]> body = readBody(exchange);
        if (body.isEmpty()) {
            return sendJson(exchange, 413, REQUEST_TOO_LONG);
        }
        ProxyEvents.HttpRequest request = new ProxyEvents.HttpRequest(
                method, path, exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body.get(),
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("localhost:" + port()));
        APIGatewayProxyRequestEvent event = ProxyEvents.build(request, match.get(), requestId, Instant.now());
        return invoke(exchange, match.get().route().functionLogicalId(), event, requestId);
    }

    private Outcome invoke(HttpExchange exchange, String functionId, APIGatewayProxyRequestEvent event, String requestId)
            throws IOException {
        LambdaFunction function = functions.get(functionId);
        Object result;
        try {
            result = function.invoke(event, new LocalContext(requestId, function.spec()));
        } catch (LambdaFunction.HandlerFailure | RuntimeException e) {
            sendJson(exchange, 502, INTERNAL_SERVER_ERROR);
            return Outcome.handlerFailed(functionId, "handler threw, answered 502 as API Gateway does",
                    e instanceof LambdaFunction.HandlerFailure ? e.getCause() : e);
        }
        APIGatewayProxyResponseEvent response = asResponse(result);
        if (response == null || response.getStatusCode() == null) {
            sendJson(exchange, 502, INTERNAL_SERVER_ERROR);
            return Outcome.handlerFailed(functionId, "malformed Lambda proxy response (no statusCode), answered 502", null);
        }
        copyHeaders(response, exchange.getResponseHeaders());
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            // API Gateway's default for a proxy response that names no type.
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        send(exchange, response.getStatusCode(), responseBody(response));
        return Outcome.invoked(response.getStatusCode(), functionId);
    }

    /** Handlers normally return the event type; a Map or another POJO of the same shape works too. */
    private static APIGatewayProxyResponseEvent asResponse(Object result) {
        if (result == null || result instanceof APIGatewayProxyResponseEvent) {
            return (APIGatewayProxyResponseEvent) result;
        }
        try {
            return MAPPER.convertValue(result, APIGatewayProxyResponseEvent.class);
        } catch (IllegalArgumentException notAResponse) {
            return null;
        }
    }

    private static byte[] responseBody(APIGatewayProxyResponseEvent response) {
        String body = response.getBody();
        if (body == null) {
            return new byte[0];
        }
        return Boolean.TRUE.equals(response.getIsBase64Encoded())
                ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
    }

    private static void copyHeaders(APIGatewayProxyResponseEvent response, Headers target) {
        // multiValueHeaders first; a single-value header adds to them unless the name is already there.
        Map<String, List<String>> merged = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> {
                if (values != null) {
                    merged.computeIfAbsent(name, key -> new ArrayList<>()).addAll(values);
                }
            });
        }
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> {
                if (value != null) {
                    merged.putIfAbsent(name, new ArrayList<>(List.of(value)));
                }
            });
        }
        merged.forEach((name, values) -> {
            if (!HEADERS_THE_SERVER_OWNS.contains(name.toLowerCase(Locale.ROOT))) {
                target.put(name, values);
            }
        });
    }

    /**
     * The body, or empty when it exceeds {@link #MAX_BODY_BYTES}. An oversized body is still read
     * (and discarded, up to a bound): a client that is still sending when the server closes the
     * connection may never see the 413.
     */
    private static Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            if (declaredLength(exchange) > MAX_BODY_BYTES) {
                discard(in);
                return Optional.empty();
            }
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                discard(in);
                return Optional.empty();
            }
            return Optional.of(body);
        }
    }

    private static long declaredLength(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void discard(InputStream in) throws IOException {
        long remaining = MAX_DISCARDED_BYTES;
        byte[] buffer = new byte[64 * 1024];
        int read;
        while (remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) >= 0) {
            remaining -= read;
        }
    }

    /** An answer of the emulator itself (not of a handler): always JSON. */
    private static Outcome sendJson(HttpExchange exchange, int status, String json) throws IOException {
        return sendJson(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Outcome sendJson(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, json);
        return Outcome.answered(status);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = body.length == 0 || status == 204 || status == 304 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public String toString() {
        return "ApiGatewayEmulator[" + apiUrl() + ", " + router.routes().size() + " routes]";
    }
}
