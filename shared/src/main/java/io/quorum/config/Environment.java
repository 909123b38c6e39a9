package io.quorum.config;

import java.util.Optional;

/**
 * Configuration from environment variables, as template.yaml sets them.
 *
 * <p>A system property of the same name is consulted when the variable is absent, because the
 * local emulator runs every function inside one JVM and cannot change its own environment.
 */
public final class Environment {

    private Environment() {
    }

    /** The value of {@code name}, or an {@link IllegalStateException} that names the missing variable. */
    public static String require(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException(
                "Missing required environment variable " + name + " (template.yaml sets it with !Ref)"));
    }

    public static Optional<String> optional(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
