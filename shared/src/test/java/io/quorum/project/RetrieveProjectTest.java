package io.quorum.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import io.quorum.sample.SubmitResources;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.InMemorySampleStore;
import io.quorum.testing.MutableClock;
import io.quorum.testing.RecordingIngestQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetrieveProjectTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryProjectStore projects = new InMemoryProjectStore();
    private final InMemorySampleStore samples = new InMemorySampleStore(projects);
    private final SubmitResources submit = new SubmitResources(projects, samples, new RecordingIngestQueue(), clock);
    private final RetrieveProject retrieve = new RetrieveProject(projects, samples);

    private Project cats;
    private Instant firstBatch;
    private Instant secondBatch;

    @BeforeEach
    void projectWithTwoBatches() {
        cats = new CreateProject(projects, new ProjectIds(), clock)
                .execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.classification("cats")));
        clock.advance(Duration.ofHours(1));
        firstBatch = clock.now();
        submit("https://example.com/1.jpg", "https://example.com/2.jpg");
        clock.advance(Duration.ofHours(1));
        secondBatch = clock.now();
        submit("https://example.com/3.jpg");
        samples.changeStatus(cats.id(), SampleId.forSource("https://example.com/1.jpg"), SampleStatus.FAILED);
        clock.advance(Duration.ofHours(1));
    }

    private void submit(String... urls) {
        submit.execute(new SubmitResources.Command(Fixtures.OWNER, cats.id().value(), ResourceType.IMAGE, List.of(urls)));
    }

    private RetrieveProject.Report retrieve(Optional<Long> start, Optional<Long> end) {
        return retrieve.execute(new RetrieveProject.Query(Fixtures.OWNER, cats.id().value(), RetrieveProject.Window.of(start, end)));
    }

    private static DomainException refusedWindow(Optional<Long> start, Optional<Long> end) {
        return assertThrows(DomainException.class, () -> RetrieveProject.Window.of(start, end));
    }

    @Test
    void withoutAWindowTheProjectsOwnCountersAreReported() {
        // Counters the project holds beyond what the samples show (e.g. delivered work), to tell the sources apart.
        Project stored = projects.get(cats.id());
        Counters kept = new Counters(40, 10, 5, 20, 18, 5, 18);
        projects.save(new Project(stored.id(), stored.owner(), stored.spec(), stored.status(), kept,
                stored.amountSpentCents(), stored.createdAt(), stored.updatedAt(), stored.version()));

        RetrieveProject.Report report = retrieve(Optional.empty(), Optional.empty());

        assertEquals(kept, report.counters());
        assertEquals(projects.get(cats.id()), report.project());
    }

    @Test
    void withoutAWindowCountersFollowSubmissionsAndSampleProgress() {
        RetrieveProject.Report report = retrieve(Optional.empty(), Optional.empty());
        assertEquals(new Counters(3, 2, 0, 0, 0, 1, 0), report.counters());
    }

    @Test
    void windowCountsOnlySamplesSubmittedWithinIt() {
        long second = secondBatch.toEpochMilli();
        assertEquals(new Counters(1, 1, 0, 0, 0, 0, 0), retrieve(Optional.of(second), Optional.of(second)).counters());
        long first = firstBatch.toEpochMilli();
        assertEquals(new Counters(2, 1, 0, 0, 0, 1, 0), retrieve(Optional.of(first), Optional.of(second - 1)).counters());
    }

    @Test
    void windowWithOnlyAStartRunsToTheEndOfTime() {
        assertEquals(1, retrieve(Optional.of(secondBatch.toEpochMilli()), Optional.empty()).counters().items());
    }

    @Test
    void windowWithOnlyAnEndRunsFromTheEpoch() {
        assertEquals(2, retrieve(Optional.empty(), Optional.of(firstBatch.toEpochMilli())).counters().items());
    }

    @Test
    void windowBeforeAnySubmissionCountsNothing() {
        long before = firstBatch.toEpochMilli() - 1;
        assertEquals(Counters.ZERO, retrieve(Optional.of(0L), Optional.of(before)).counters());
    }

    @Test
    void windowWhoseStartIsAfterItsEndIsRefusedWithQueryRefused() {
        DomainException refused = refusedWindow(Optional.of(2_000L), Optional.of(1_000L));
        assertEquals(Failure.QUERY_REFUSED, refused.failure());
    }

    @Test
    void negativeStartIsRefusedWithQueryRefused() {
        assertEquals(Failure.QUERY_REFUSED, refusedWindow(Optional.of(-1L), Optional.of(1_000L)).failure());
    }

    @Test
    void negativeEndIsRefusedWithQueryRefused() {
        assertEquals(Failure.QUERY_REFUSED, refusedWindow(Optional.empty(), Optional.of(-5L)).failure());
    }

    @Test
    void windowOfASingleInstantIsAllowed() {
        RetrieveProject.Window window = RetrieveProject.Window.of(Optional.of(1_000L), Optional.of(1_000L)).orElseThrow();
        assertEquals(Instant.ofEpochMilli(1_000L), window.from());
        assertEquals(window.from(), window.to());
    }

    @Test
    void noStartOrEndMeansNoWindow() {
        assertEquals(Optional.empty(), RetrieveProject.Window.of(Optional.empty(), Optional.empty()));
    }

    @Test
    void anotherOwnersProjectAnswersProjectNotFound() {
        DomainException refused = assertThrows(DomainException.class, () -> retrieve.execute(
                new RetrieveProject.Query(Fixtures.OTHER_OWNER, cats.id().value(), Optional.empty())));
        assertEquals(Failure.PROJECT_NOT_FOUND, refused.failure());
    }

    @Test
    void deletedProjectAnswersProjectNotFound() {
        projects.changeStatus(projects.get(cats.id()), ProjectStatus.DELETED, clock.now());
        DomainException refused = assertThrows(DomainException.class, () -> retrieve(Optional.empty(), Optional.empty()));
        assertEquals(Failure.PROJECT_NOT_FOUND, refused.failure());
    }

    @Test
    void reportCarriesTheProjectAsStored() {
        RetrieveProject.Report report = retrieve(Optional.empty(), Optional.empty());
        assertEquals("cats", report.project().spec().name());
        assertTrue(report.project().isOwnedBy(Fixtures.OWNER));
    }
}
