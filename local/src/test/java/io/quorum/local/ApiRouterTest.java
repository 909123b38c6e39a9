package io.quorum.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiRouterTest {

    private final ApiRouter router = new ApiRouter(List.of(
            new ApiRoute("Create", "post", "/api/v1/projects"),
            new ApiRoute("Set", "post", "/api/v1/projects/setProject"),
            new ApiRoute("Fallback", "any", "/api/v1/{proxy+}"),
            new ApiRoute("ItemGet", "get", "/items/{itemId}"),
            new ApiRoute("ItemAny", "any", "/items/{itemId}"),
            new ApiRoute("ItemLatest", "get", "/items/latest"),
            new ApiRoute("Nested", "get", "/users/{userId}/orders/{orderId}"),
            new ApiRoute("UserFiles", "get", "/users/{userId}/files/{path+}")));

    private Optional<String> function(String method, String path) {
        return router.match(method, path).map(match -> match.route().functionLogicalId());
    }

    @Test
    void exactPathWinsOverGreedyProxy() {
        assertEquals(Optional.of("Create"), function("POST", "/api/v1/projects"));
        assertEquals(Optional.of("Set"), function("POST", "/api/v1/projects/setProject"));
    }

    @Test
    void trailingSlashIsAnotherPathAndFallsToTheGreedyProxy() {
        RouteMatch match = router.match("POST", "/api/v1/projects/").orElseThrow();
        assertEquals("Fallback", match.route().functionLogicalId());
        assertEquals(Map.of("proxy", "projects/"), match.pathParameters());
    }

    @Test
    void greedyProxyTakesSlashesButNeedsAtLeastOneCharacter() {
        assertEquals(Map.of("proxy", "a/b"), router.match("GET", "/api/v1/a/b").orElseThrow().pathParameters());
        assertEquals(Optional.empty(), function("GET", "/api/v1/"));
        assertEquals(Optional.empty(), function("GET", "/api/v1"));
    }

    @Test
    void methodMustMatchUnlessTheRouteSaysAny() {
        assertEquals(Optional.of("Fallback"), function("GET", "/api/v1/projects"));
        assertEquals(Optional.of("Fallback"), function("DELETE", "/api/v1/does/not/exist"));
        assertEquals(Optional.of("Create"), function("post", "/api/v1/projects"));
    }

    @Test
    void literalPathWinsOverTemplatedPath() {
        assertEquals(Optional.of("ItemLatest"), function("GET", "/items/latest"));
        RouteMatch templated = router.match("GET", "/items/42").orElseThrow();
        assertEquals("ItemGet", templated.route().functionLogicalId());
        assertEquals(Map.of("itemId", "42"), templated.pathParameters());
    }

    @Test
    void ownMethodWinsOverAnyOnTheSamePath() {
        assertEquals(Optional.of("ItemGet"), function("GET", "/items/7"));
        assertEquals(Optional.of("ItemAny"), function("PUT", "/items/7"));
    }

    @Test
    void templatedSegmentTakesExactlyOneNonEmptySegment() {
        assertEquals(Optional.empty(), function("PUT", "/items/"));
        assertEquals(Optional.empty(), function("PUT", "/items/7/extra"));
        assertEquals(Map.of("userId", "u1", "orderId", "o2"), router.match("GET", "/users/u1/orders/o2").orElseThrow().pathParameters());
    }

    @Test
    void greedyParameterMayFollowTemplatedSegments() {
        assertEquals(Map.of("userId", "u1", "path", "docs/a.txt"),
                router.match("GET", "/users/u1/files/docs/a.txt").orElseThrow().pathParameters());
    }

    @Test
    void unmatchedPathHasNoRoute() {
        assertTrue(router.match("GET", "/elsewhere").isEmpty());
        assertTrue(router.match("GET", "/").isEmpty());
    }
}
