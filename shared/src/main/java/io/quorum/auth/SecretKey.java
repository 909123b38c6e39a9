package io.quorum.auth;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The shared secret that signs an account's requests. Its toString never shows the value. */
public record SecretKey(String value) {

    public SecretKey {
        Objects.requireNonNull(value, "secretKey");
        if (value.length() < 16 || value.length() > 128 || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("secretKey must be 16 to 128 printable ASCII characters");
        }
    }

    public byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SecretKey[***]";
    }
}
