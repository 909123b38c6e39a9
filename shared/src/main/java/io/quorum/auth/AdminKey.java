package io.quorum.auth;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The operators' shared key. Compared through digests in constant time so neither value nor length leaks. */
public final class AdminKey {

    private final byte[] expectedDigest;

    public AdminKey(String expected) {
        if (expected == null || expected.length() < 16) {
            throw new IllegalArgumentException("the admin key must have at least 16 characters");
        }
        this.expectedDigest = sha256(expected);
    }

    public void check(String presented) {
        if (presented == null || presented.isEmpty()) {
            throw new DomainException(Failure.ADMIN_KEY_MISSING, "X-Admin-Key header is missing");
        }
        if (!MessageDigest.isEqual(expectedDigest, sha256(presented))) {
            throw new DomainException(Failure.ADMIN_KEY_INVALID, "X-Admin-Key is not valid");
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }
}
