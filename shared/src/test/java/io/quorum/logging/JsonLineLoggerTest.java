package io.quorum.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

class JsonLineLoggerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ByteArrayOutputStream captured;
    private PrintStream capture;
    private JsonLineLoggerFactory factory;

    @BeforeEach
    void captureOutput() {
        captured = new ByteArrayOutputStream();
        capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        factory = new JsonLineLoggerFactory(Level.INFO, Level.WARN, () -> capture);
    }

    @AfterEach
    void clearContext() {
        MDC.clear();
    }

    @Test
    void writesCoreFieldsWithFormattedMessage() throws Exception {
        Instant before = Instant.now();

        factory.getLogger("io.quorum.api.Handler").info("created {} items in {}", 3, "project-1");

        JsonNode line = single();
        assertEquals("INFO", line.get("level").asText());
        assertEquals("io.quorum.api.Handler", line.get("logger").asText());
        assertEquals("created 3 items in project-1", line.get("message").asText());
        Instant time = Instant.parse(line.get("time").asText());
        assertTrue(!time.isBefore(before) && time.isBefore(before.plus(Duration.ofMinutes(1))));
        assertTrue(line.get("time").asText().endsWith("Z"), "time must be UTC");
        assertFalse(line.has("error"));
        assertFalse(line.has("stack"));
    }

    @Test
    void mdcEntriesBecomeStringFields() throws Exception {
        MDC.put("requestId", "req-123");
        MDC.put("tenant", "acme");

        factory.getLogger("io.quorum.api.Handler").warn("slow");

        JsonNode line = single();
        assertEquals("req-123", line.get("requestId").asText());
        assertEquals("acme", line.get("tenant").asText());
        assertEquals("WARN", line.get("level").asText());
    }

    @Test
    void fluentKeyValuePairsBecomeStringFields() throws Exception {
        MDC.put("requestId", "req-9");

        factory.getLogger("io.quorum.aws.dynamo.Items")
                .atInfo()
                .addKeyValue("itemCount", 42)
                .addKeyValue("table", "items")
                .log("batch written to {}", "dynamo");

        JsonNode line = single();
        assertEquals("batch written to dynamo", line.get("message").asText());
        assertTrue(line.get("itemCount").isTextual());
        assertEquals("42", line.get("itemCount").asText());
        assertEquals("items", line.get("table").asText());
        assertEquals("req-9", line.get("requestId").asText());
    }

    @Test
    void keyValuePairOverridesSameNamedMdcEntryAndReservedNamesDoNotDuplicate() throws Exception {
        MDC.put("requestId", "from-mdc");
        MDC.put("message", "shadow");

        factory.getLogger("io.quorum.x").atInfo().addKeyValue("requestId", "from-event").log("real");

        String raw = output();
        JsonNode line = MAPPER.readTree(raw);
        assertEquals("from-event", line.get("requestId").asText());
        assertEquals("real", line.get("message").asText());
        assertEquals("shadow", line.get("_message").asText());
        assertEquals(raw.indexOf("\"message\""), raw.lastIndexOf("\"message\""), "no duplicate JSON names");
    }

    @Test
    void throwableAddsErrorAndStackFields() throws Exception {
        IllegalStateException failure =
                new IllegalStateException("boom", new IllegalArgumentException("root cause"));

        factory.getLogger("io.quorum.api.Handler").error("job {} failed", "job-7", failure);

        JsonNode line = single();
        assertEquals("job job-7 failed", line.get("message").asText());
        assertEquals("java.lang.IllegalStateException: boom", line.get("error").asText());
        String stack = line.get("stack").asText();
        assertTrue(stack.startsWith("java.lang.IllegalStateException: boom"), stack);
        assertTrue(stack.contains("at io.quorum.logging.JsonLineLoggerTest"), stack);
        assertTrue(stack.contains("Caused by: java.lang.IllegalArgumentException: root cause"), stack);
    }

    @Test
    void throwableWithoutMessageReportsOnlyItsClass() throws Exception {
        factory.getLogger("io.quorum.x").warn("failed", new NullPointerException());

        assertEquals("java.lang.NullPointerException", single().get("error").asText());
    }

    @Test
    void fluentTrailingThrowableArgumentIsTreatedAsTheError() throws Exception {
        factory.getLogger("io.quorum.x").atError().addArgument("a").addArgument(new RuntimeException("bad")).log("x {}");

        JsonNode line = single();
        assertEquals("x a", line.get("message").asText());
        assertEquals("java.lang.RuntimeException: bad", line.get("error").asText());
    }

    @Test
    void escapingOfQuotesBackslashesNewlinesAndControlCharactersRoundTrips() throws Exception {
        String nasty = "say \"hi\" \\ path C:\\tmp\nnext\r\tline \u0000\u0001\u001f\b\f end é \u2028";
        MDC.put("requestId", "id\"with\nnewline");

        factory.getLogger("io.quorum.x").info(nasty);

        String raw = output();
        assertEquals(raw.length() - 1, raw.indexOf('\n'), "only the terminating newline is raw");
        assertFalse(raw.contains("\r"));
        assertFalse(raw.contains("\t"));
        assertTrue(raw.contains("\\u0000") && raw.contains("\\u0001") && raw.contains("\\u001f"), raw);
        JsonNode line = MAPPER.readTree(raw);
        assertEquals(nasty, line.get("message").asText());
        assertEquals("id\"with\nnewline", line.get("requestId").asText());
    }

    @Test
    void levelsBelowTheOwnThresholdAreDropped() throws Exception {
        Logger logger = factory.getLogger("io.quorum.x");

        logger.trace("t");
        logger.debug("d");
        logger.atDebug().addKeyValue("k", "v").log("fluent d");
        logger.info("i");

        assertFalse(logger.isDebugEnabled());
        assertTrue(logger.isInfoEnabled());
        List<JsonNode> lines = lines();
        assertEquals(1, lines.size());
        assertEquals("i", lines.get(0).get("message").asText());
    }

    @Test
    void thirdPartyLoggersUseTheirOwnThreshold() throws Exception {
        Logger jetty = factory.getLogger("org.eclipse.jetty.server.Server");

        jetty.info("started");
        jetty.warn("degraded");
        jetty.error("down");

        assertFalse(jetty.isInfoEnabled());
        List<JsonNode> lines = lines();
        assertEquals(2, lines.size());
        assertEquals("WARN", lines.get(0).get("level").asText());
        assertEquals("ERROR", lines.get(1).get("level").asText());
    }

    @Test
    void traceThresholdEnablesEverything() throws Exception {
        JsonLineLoggerFactory verbose = new JsonLineLoggerFactory(Level.TRACE, Level.ERROR, () -> capture);
        Logger logger = verbose.getLogger("io.quorum.x");

        logger.trace("t");
        logger.debug("d");
        verbose.getLogger("com.amazonaws.Thing").warn("hidden");

        List<JsonNode> lines = lines();
        assertEquals(2, lines.size());
        assertEquals("TRACE", lines.get(0).get("level").asText());
        assertEquals("DEBUG", lines.get(1).get("level").asText());
    }

    @Test
    void factoryCachesLoggersByName() {
        assertSame(factory.getLogger("io.quorum.a"), factory.getLogger("io.quorum.a"));
    }

    @Test
    void concurrentEventsProduceExactlyOneParseableLineEach() throws Exception {
        Logger logger = factory.getLogger("io.quorum.x");
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        logger.info("thread {} event {} with\nnewline", thread, i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(threads * perThread, lines().size());
    }

    @Test
    void levelResolutionPrefersEnvironmentAndFallsBackOnUnknownValues() {
        assertEquals(Level.DEBUG, JsonLineServiceProvider.resolveLevel("debug", "ERROR", Level.INFO));
        assertEquals(Level.ERROR, JsonLineServiceProvider.resolveLevel(null, " error ", Level.INFO));
        assertEquals(Level.ERROR, JsonLineServiceProvider.resolveLevel("", "ERROR", Level.INFO));
        assertEquals(Level.INFO, JsonLineServiceProvider.resolveLevel(null, null, Level.INFO));
        assertEquals(Level.WARN, JsonLineServiceProvider.resolveLevel("VERBOSE", "DEBUG", Level.WARN));
        assertEquals(Level.WARN, JsonLineServiceProvider.resolveLevel(null, "nonsense", Level.WARN));
    }

    @Test
    void slf4jDiscoversTheProviderThroughServiceLoader() {
        assertInstanceOf(JsonLineLoggerFactory.class, LoggerFactory.getILoggerFactory());
        assertNotNull(MDC.getMDCAdapter());
    }

    private JsonNode single() throws Exception {
        List<JsonNode> lines = lines();
        assertEquals(1, lines.size(), "expected exactly one line");
        return lines.get(0);
    }

    private List<JsonNode> lines() throws Exception {
        String raw = output();
        List<JsonNode> parsed = new ArrayList<>();
        if (raw.isEmpty()) {
            return parsed;
        }
        assertTrue(raw.endsWith("\n"), "every line is newline-terminated");
        for (String line : raw.split("\n", -1)) {
            if (!line.isEmpty()) {
                parsed.add(MAPPER.readTree(line));
            }
        }
        return parsed;
    }

    private String output() {
        capture.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }
}
