package io.quorum.sample;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A sample's id within its project. Derived from the resource URL, so that submitting the same URL
 * again (a client retry) finds the sample it already made instead of counting it twice.
 */
public record SampleId(String value) {

    public SampleId {
        Objects.requireNonNull(value, "sampleId");
        if (!value.matches("s_[0-9a-f]{32}")) {
            throw new IllegalArgumentException("sampleId is not a sample id");
        }
    }

    public static SampleId forSource(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return new SampleId("s_" + HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK lacks SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
