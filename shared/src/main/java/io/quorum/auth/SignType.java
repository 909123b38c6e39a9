package io.quorum.auth;

import java.util.Locale;
import java.util.Optional;

/** The signature algorithms a request may name in its {@code SignType} header. */
public enum SignType {
    /** The spec's algorithm: MD5 over the sign string that ends with {@code &secretKey=<secret>}. */
    MD5("md5"),
    /** A stronger option: HMAC-SHA256 keyed by the secret over the sign string without its secret part. */
    HMAC_SHA256("HmacSHA256");

    private final String wireName;

    SignType(String wireName) {
        this.wireName = wireName;
    }

    /** The value that stands in the header and in the sign string. */
    public String wireName() {
        return wireName;
    }

    public static Optional<SignType> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String wanted = header.trim().toLowerCase(Locale.ROOT);
        for (SignType type : values()) {
            if (type.wireName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
