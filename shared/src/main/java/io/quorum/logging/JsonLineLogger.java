package io.quorum.logging;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * Writes each event as a single JSON line. The JSON is written by hand so that logging keeps
 * working even when the object mapper is misconfigured or is itself the thing failing.
 */
public final class JsonLineLogger extends LegacyAbstractLogger implements LoggingEventAware {

    private static final long serialVersionUID = 1L;

    // An MDC or key-value entry with one of these names would produce a duplicate JSON name, which
    // parsers resolve inconsistently; renaming keeps the core fields authoritative without data loss.
    private static final Set<String> RESERVED = Set.of("time", "level", "logger", "message", "error", "stack");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Level threshold;
    private final transient Supplier<PrintStream> out;

    JsonLineLogger(String name, Level threshold, Supplier<PrintStream> out) {
        this.name = name;
        this.threshold = threshold;
        this.out = out;
    }

    @Override
    public boolean isTraceEnabled() {
        return isEnabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return isEnabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return isEnabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return isEnabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return isEnabled(Level.ERROR);
    }

    private boolean isEnabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        // Caller location is not emitted, so there is no boundary to report.
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
        write(level, MessageFormatter.basicArrayFormat(messagePattern, arguments), List.of(), throwable);
    }

    /** Fluent API entry point; without it SLF4J would fold key-value pairs into the message text. */
    @Override
    public void log(LoggingEvent event) {
        Level level = event.getLevel();
        // atLevel() checks the threshold, but makeLoggingEventBuilder() can be called directly.
        if (!isEnabled(level)) {
            return;
        }
        Object[] arguments = event.getArgumentArray();
        Throwable throwable = event.getThrowable();
        if (throwable == null) {
            // Match the classic API, where a trailing Throwable argument is the event's exception.
            throwable = MessageFormatter.getThrowableCandidate(arguments);
            if (throwable != null) {
                arguments = MessageFormatter.trimmedCopy(arguments);
            }
        }
        List<KeyValuePair> keyValues = event.getKeyValuePairs();
        write(level,
                MessageFormatter.basicArrayFormat(event.getMessage(), arguments),
                keyValues == null ? List.of() : keyValues,
                throwable);
    }

    private void write(Level level, String message, List<KeyValuePair> keyValues, Throwable throwable) {
        StringBuilder line = new StringBuilder(256);
        line.append('{');
        appendField(line, "time", Instant.now().toString(), true);
        appendField(line, "level", level.name(), false);
        appendField(line, "logger", name, false);
        appendField(line, "message", message, false);
        for (Map.Entry<String, String> extra : extraFields(keyValues).entrySet()) {
            appendField(line, extra.getKey(), extra.getValue(), false);
        }
        if (throwable != null) {
            appendField(line, "error", describe(throwable), false);
            appendField(line, "stack", stackTrace(throwable), false);
        }
        line.append("}\n");

        // One print call per line: PrintStream locks per call, so concurrent events cannot interleave.
        PrintStream stream = out.get();
        stream.print(line.toString());
        stream.flush();
    }

    private static Map<String, String> extraFields(List<KeyValuePair> keyValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> context = MDC.getCopyOfContextMap();
        if (context != null) {
            context.forEach((key, value) -> fields.put(fieldName(key), value));
        }
        // Event-specific pairs are put last so they override a same-named MDC entry.
        for (KeyValuePair pair : keyValues) {
            fields.put(fieldName(pair.key), pair.value == null ? null : safeToString(pair.value));
        }
        return fields;
    }

    private static String fieldName(String key) {
        String safe = String.valueOf(key);
        return RESERVED.contains(safe) ? "_" + safe : safe;
    }

    private static String safeToString(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException e) {
            // A broken toString() must not turn a log call into a failure of the caller.
            return "[FAILED toString()]";
        }
    }

    private static String describe(Throwable throwable) {
        String message = throwable.getMessage();
        String type = throwable.getClass().getName();
        return message == null ? type : type + ": " + message;
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        try (PrintWriter writer = new PrintWriter(text)) {
            throwable.printStackTrace(writer);
        }
        return text.toString();
    }

    private static void appendField(StringBuilder line, String key, String value, boolean first) {
        if (!first) {
            line.append(',');
        }
        appendString(line, key);
        line.append(':');
        if (value == null) {
            line.append("null");
        } else {
            appendString(line, value);
        }
    }

    /** Escapes per RFC 8259 so a multi-line stack trace stays on one line, i.e. one CloudWatch event. */
    static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
