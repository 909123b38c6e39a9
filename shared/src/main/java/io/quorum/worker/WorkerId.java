package io.quorum.worker;

import java.util.Objects;
import java.util.regex.Pattern;

/** A worker's id: {@code W_} followed by 32 upper-case hex digits, so it can never pass for a customer's. */
public record WorkerId(String value) {

    private static final Pattern SHAPE = Pattern.compile("W_[0-9A-F]{32}");

    public WorkerId {
        Objects.requireNonNull(value, "workerId");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("workerId must be W_ followed by 32 upper-case hex digits");
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
