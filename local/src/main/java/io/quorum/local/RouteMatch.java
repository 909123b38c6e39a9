package io.quorum.local;

import java.util.Map;
import java.util.Objects;

/** The route chosen for a request, with its path parameters (empty when the route has none). */
public record RouteMatch(ApiRoute route, Map<String, String> pathParameters) {

    public RouteMatch {
        Objects.requireNonNull(route, "route");
        pathParameters = UnmodifiableOrdered.copyOf(pathParameters);
    }
}
