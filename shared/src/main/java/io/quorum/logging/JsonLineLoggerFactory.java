package io.quorum.logging;

import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/** Hands out one {@link JsonLineLogger} per name, with the threshold decided by who owns the name. */
public final class JsonLineLoggerFactory implements ILoggerFactory {

    private static final String OWN_PREFIX = "io.quorum";

    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final Level ownThreshold;
    private final Level thirdPartyThreshold;
    private final Supplier<PrintStream> out;

    /**
     * Package-private so that only the provider (and tests, which pass a capturing stream) build one.
     * The stream is a supplier because the Lambda runtime may replace {@code System.out} after
     * SLF4J has initialised.
     */
    JsonLineLoggerFactory(Level ownThreshold, Level thirdPartyThreshold, Supplier<PrintStream> out) {
        this.ownThreshold = Objects.requireNonNull(ownThreshold, "ownThreshold");
        this.thirdPartyThreshold = Objects.requireNonNull(thirdPartyThreshold, "thirdPartyThreshold");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new JsonLineLogger(n, thresholdFor(n), out));
    }

    private Level thresholdFor(String name) {
        return name.startsWith(OWN_PREFIX) ? ownThreshold : thirdPartyThreshold;
    }
}
