package io.quorum.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the route for a request as API Gateway (REST) does: an exact path wins over a path
 * with {@code {name}} parameters, which wins over a greedy {@code {name+}} path; among equals the
 * one with more literal segments wins, and a route for the request's own method wins over
 * {@code ANY}. A route matches only when both its path and its method do.
 *
 * <p>Paths are compared segment by segment, so {@code /api/v1/projects/} (trailing slash) is not
 * {@code /api/v1/projects}; a greedy parameter needs at least one character and takes slashes too.
 */
public final class ApiRouter {

    private enum Kind { EXACT, TEMPLATED, GREEDY }

    private record Candidate(RouteMatch match, Kind kind, int literalSegments, boolean anyMethod) {
    }

    private static final Comparator<Candidate> MOST_SPECIFIC_FIRST = Comparator
            .comparing(Candidate::kind)
            .thenComparing(Candidate::literalSegments, Comparator.reverseOrder())
            .thenComparing(Candidate::anyMethod);

    private final List<ApiRoute> routes;

    public ApiRouter(List<ApiRoute> routes) {
        this.routes = List.copyOf(routes);
    }

    public List<ApiRoute> routes() {
        return routes;
    }

    /** @param path the decoded request path, without query string */
    public Optional<RouteMatch> match(String method, String path) {
        String requestPath = path == null || path.isEmpty() ? "/" : path;
        List<Candidate> candidates = new ArrayList<>();
        for (ApiRoute route : routes) {
            if (route.acceptsMethod(method)) {
                candidate(route, requestPath).ifPresent(candidates::add);
            }
        }
        return candidates.stream().min(MOST_SPECIFIC_FIRST).map(Candidate::match);
    }

    private static Optional<Candidate> candidate(ApiRoute route, String path) {
        boolean anyMethod = route.method().equals(ApiRoute.ANY);
        if (!route.path().contains("{")) {
            return route.path().equals(path)
                    ? Optional.of(new Candidate(new RouteMatch(route, Map.of()), Kind.EXACT, 0, anyMethod))
                    : Optional.empty();
        }
        String[] template = route.path().split("/", -1);
        String[] actual = path.split("/", -1);
        String last = template[template.length - 1];
        boolean greedy = isParameter(last) && last.endsWith("+}");
        int fixedSegments = greedy ? template.length - 1 : template.length;
        if (greedy ? actual.length < fixedSegments + 1 : actual.length != fixedSegments) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        int literals = 0;
        for (int i = 0; i < fixedSegments; i++) {
            if (isParameter(template[i])) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(parameterName(template[i]), actual[i]);
            } else if (template[i].equals(actual[i])) {
                literals++;
            } else {
                return Optional.empty();
            }
        }
        if (greedy) {
            String rest = String.join("/", Arrays.asList(actual).subList(fixedSegments, actual.length));
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            parameters.put(parameterName(last), rest);
        }
        return Optional.of(new Candidate(
                new RouteMatch(route, parameters), greedy ? Kind.GREEDY : Kind.TEMPLATED, literals, anyMethod));
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    private static String parameterName(String segment) {
        String inner = segment.substring(1, segment.length() - 1);
        return inner.endsWith("+") ? inner.substring(0, inner.length() - 1) : inner;
    }
}
