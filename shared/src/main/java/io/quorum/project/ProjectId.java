package io.quorum.project;

import java.util.Objects;
import java.util.regex.Pattern;

/** A project id shaped like the spec's {@code p272_TJMngfdY}: the owner's project number and a random tag. */
public record ProjectId(String value) {

    private static final Pattern SHAPE = Pattern.compile("p[0-9]{1,12}_[A-Za-z0-9]{8}");

    public ProjectId {
        Objects.requireNonNull(value, "projectId");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("projectId is not a project id");
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
