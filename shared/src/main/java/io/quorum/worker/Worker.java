package io.quorum.worker;

import io.quorum.auth.SecretKey;
import java.time.Instant;
import java.util.Objects;

/** A person who answers micro-tasks: signs worker-API requests with its id and secret. */
public record Worker(WorkerId id, SecretKey secretKey, String name, Instant createdAt) {

    public static final int MAX_NAME = 100;

    public Worker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name == null ? "" : name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must have at most " + MAX_NAME + " characters");
        }
    }
}
