package io.quorum.auth;

import java.time.Instant;
import java.util.Objects;

/** A customer account: the id that signs requests, its secret, and where to reach its owner. */
public record Account(UserId userId, SecretKey secretKey, Email email, Instant createdAt) {

    public Account {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
