package io.quorum.logging;

import java.util.Locale;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * SLF4J 2.x provider that writes one JSON object per line to stdout, which is what CloudWatch
 * ingests from a Lambda function. Discovered through {@code META-INF/services}.
 */
public final class JsonLineServiceProvider implements SLF4JServiceProvider {

    static final String LEVEL_VARIABLE = "LOG_LEVEL";
    static final String THIRD_PARTY_LEVEL_VARIABLE = "LOG_LEVEL_THIRD_PARTY";
    static final Level DEFAULT_LEVEL = Level.INFO;
    // Embedded emulators (DynamoDB Local, ElasticMQ, S3Proxy, Jetty, Pekko) are chatty at INFO.
    static final Level DEFAULT_THIRD_PARTY_LEVEL = Level.WARN;

    // SLF4J only compares the major.minor part; 2.0.99 declares compatibility with every 2.0.x API.
    private static final String REQUESTED_API_VERSION = "2.0.99";

    // Created eagerly so MDC and MarkerFactory never see null, whatever order SLF4J asks in.
    private final IMarkerFactory markerFactory = new BasicMarkerFactory();
    private final MDCAdapter mdcAdapter = new BasicMDCAdapter();
    private volatile ILoggerFactory loggerFactory;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return REQUESTED_API_VERSION;
    }

    @Override
    public void initialize() {
        // Read once: a Lambda's environment does not change during its lifetime, and re-reading on
        // every event would put a map lookup on the hot path for nothing.
        loggerFactory = new JsonLineLoggerFactory(
                configuredLevel(LEVEL_VARIABLE, DEFAULT_LEVEL),
                configuredLevel(THIRD_PARTY_LEVEL_VARIABLE, DEFAULT_THIRD_PARTY_LEVEL),
                () -> System.out);
    }

    private static Level configuredLevel(String name, Level fallback) {
        // The local emulator cannot set environment variables of its own JVM, so it uses properties.
        return resolveLevel(System.getenv(name), System.getProperty(name), fallback);
    }

    /** The environment wins when set; a value SLF4J does not know yields the fallback, never an error. */
    static Level resolveLevel(String environmentValue, String propertyValue, Level fallback) {
        String raw = isBlank(environmentValue) ? propertyValue : environmentValue;
        if (isBlank(raw)) {
            return fallback;
        }
        try {
            return Level.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            // A typo in a deployment parameter must not stop the function from starting.
            return fallback;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
