package io.quorum.local;

import java.util.Locale;
import java.util.Objects;

/**
 * One {@code Type: Api} event: the function that API Gateway calls for a method and a path
 * template such as {@code /api/v1/projects}, {@code /items/{id}} or {@code /api/v1/{proxy+}}.
 *
 * @param method upper case, or {@code ANY}
 */
public record ApiRoute(String functionLogicalId, String method, String path) {

    public static final String ANY = "ANY";

    public ApiRoute {
        Objects.requireNonNull(functionLogicalId, "functionLogicalId");
        Objects.requireNonNull(path, "path");
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Api path must start with '/': " + path + " (" + functionLogicalId + ")");
        }
    }

    boolean acceptsMethod(String requestMethod) {
        return method.equals(ANY) || method.equalsIgnoreCase(requestMethod);
    }
}
