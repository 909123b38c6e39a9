package io.quorum.auth;

import java.util.Objects;
import java.util.regex.Pattern;

/** A customer's or worker's id: {@code U_} followed by 32 upper-case hex digits. */
public record UserId(String value) {

    private static final Pattern SHAPE = Pattern.compile("U_[0-9A-F]{32}");

    public UserId {
        Objects.requireNonNull(value, "userId");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("userId must be U_ followed by 32 upper-case hex digits");
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
