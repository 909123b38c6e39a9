package io.quorum.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.Project;
import io.quorum.testing.Fixtures;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetrieveResultsTest {

    private final EngineHarness engine = new EngineHarness();

    @Test
    void pagesCoverEverySampleOnceWithItsResults() {
        Project project = engine.runningProject(5);
        engine.answerAll(3, "cat");
        engine.drainTally();
        Set<String> seen = new HashSet<>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            RetrieveResults.Results page = engine.results.execute(new RetrieveResults.Query(Fixtures.OWNER, project.id().value(), cursor, 2));
            page.samples().forEach(progress -> {
                assertTrue(seen.add(progress.sample().id().value()));
                assertTrue(progress.results().containsKey("label"));
            });
            cursor = page.nextCursor();
            pages++;
        } while (cursor.isPresent());
        assertEquals(5, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void anotherCustomersProjectAnInvalidCursorAndAnOversizedPageAreRefused() {
        Project project = engine.runningProject(1);
        assertEquals(Failure.PROJECT_NOT_FOUND, assertThrows(DomainException.class, () ->
                engine.results.execute(new RetrieveResults.Query(Fixtures.OTHER_OWNER, project.id().value(), Optional.empty(), 10))).failure());
        assertEquals(Failure.INVALID_PARAMETER, assertThrows(DomainException.class, () ->
                engine.results.execute(new RetrieveResults.Query(Fixtures.OWNER, project.id().value(), Optional.of("zzz"), 10))).failure());
        assertEquals(Failure.INVALID_PARAMETER, assertThrows(DomainException.class, () ->
                new RetrieveResults.Query(Fixtures.OWNER, project.id().value(), Optional.empty(), 101)).failure());
    }
}
