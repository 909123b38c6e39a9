package io.quorum.sample;

import io.quorum.workflow.ResourceType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.Counters;
import io.quorum.project.CreateProject;
import io.quorum.project.Project;
import io.quorum.project.ProjectDraft;
import io.quorum.project.ProjectIds;
import io.quorum.project.ProjectStatus;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.InMemorySampleStore;
import io.quorum.testing.MutableClock;
import io.quorum.testing.RecordingIngestQueue;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubmitResourcesTest {

    private static final String A = "https://d301.paixin.com/thumbs/1092213/119132616/staff_1024.jpg";
    private static final String B = "https://d301.paixin.com/thumbs/1902695/106230432/staff_1024.jpg";
    private static final String C = "https://example.com/c.png";

    private final MutableClock clock = new MutableClock();
    private final InMemoryProjectStore projects = new InMemoryProjectStore();
    private final InMemorySampleStore samples = new InMemorySampleStore(projects);
    private final RecordingIngestQueue queue = new RecordingIngestQueue();
    private final SubmitResources submit = new SubmitResources(projects, samples, queue, clock);

    private Project cats;

    @BeforeEach
    void createProject() {
        cats = create(Fixtures.OWNER, Fixtures.classification("cats"));
        clock.advance(Duration.ofMinutes(1));
    }

    private Project create(UserId owner, ProjectDraft draft) {
        return new CreateProject(projects, new ProjectIds(), clock).execute(new CreateProject.Command(owner, draft));
    }

    private SubmitResources.Receipt submit(String... urls) {
        return submit(Fixtures.OWNER, cats, ResourceType.IMAGE, List.of(urls));
    }

    private SubmitResources.Receipt submit(UserId caller, Project project, ResourceType type, List<String> urls) {
        return submit.execute(new SubmitResources.Command(caller, project.id().value(), type, urls));
    }

    private Counters counters() {
        return projects.get(cats.id()).counters();
    }

    @Test
    void newUrlsBecomePendingSamplesCountedOnceAndQueuedOnce() {
        SubmitResources.Receipt receipt = submit(A, B);

        assertEquals(cats.id(), receipt.projectId());
        assertEquals(ResourceType.IMAGE, receipt.resourceType());
        assertEquals(List.of(A, B), receipt.urls());
        assertEquals(2, receipt.added());
        assertEquals(0, receipt.duplicates());
        assertEquals(clock.now(), receipt.at());

        assertEquals(new Counters(2, 2, 0, 0, 0, 0, 0), counters());
        List<Sample> stored = samples.all(cats.id());
        assertEquals(List.of(A, B), stored.stream().map(Sample::source).toList());
        assertTrue(stored.stream().allMatch(s -> s.status() == SampleStatus.PENDING && s.submittedAt().equals(clock.now())));

        assertEquals(1, queue.calls());
        assertEquals(List.of(A, B), queue.urls());
        IngestRequest first = queue.requests().get(0);
        assertEquals(Fixtures.OWNER, first.owner());
        assertEquals(cats.id(), first.projectId());
        assertEquals(SampleId.forSource(A), first.sampleId());
        assertEquals(ResourceType.IMAGE, first.resourceType());
    }

    @Test
    void resubmittingTheSameUrlsAddsNothing() {
        submit(A, B);
        clock.advance(Duration.ofSeconds(30));

        SubmitResources.Receipt again = submit(A, B);

        assertEquals(0, again.added());
        assertEquals(2, again.duplicates());
        assertEquals(new Counters(2, 2, 0, 0, 0, 0, 0), counters());
        assertEquals(2, samples.all(cats.id()).size());
    }

    @Test
    void resubmittingRequeuesOnlySamplesStillPending() {
        submit(A, B, C);
        samples.changeStatus(cats.id(), SampleId.forSource(A), SampleStatus.PROCESSING);
        samples.changeStatus(cats.id(), SampleId.forSource(C), SampleStatus.FAILED);
        queue.clear();

        SubmitResources.Receipt again = submit(A, B, C);

        assertEquals(0, again.added());
        assertEquals(3, again.duplicates());
        assertEquals(List.of(B), queue.urls());
    }

    @Test
    void resubmissionWithNothingPendingSendsNothingToTheQueue() {
        submit(A);
        samples.changeStatus(cats.id(), SampleId.forSource(A), SampleStatus.COMPLETED);
        queue.clear();

        submit(A);

        assertEquals(0, queue.calls());
    }

    @Test
    void mixOfNewAndKnownUrlsAddsOnlyTheNewOnes() {
        submit(A);
        queue.clear();

        SubmitResources.Receipt receipt = submit(A, C);

        assertEquals(1, receipt.added());
        assertEquals(1, receipt.duplicates());
        assertEquals(new Counters(2, 2, 0, 0, 0, 0, 0), counters());
        assertEquals(List.of(C, A), queue.urls(), "new samples first, then the known ones still pending");
    }

    @Test
    void duplicatesInsideOneRequestCountOnce() {
        SubmitResources.Receipt receipt = submit(A, B, A, A);

        assertEquals(List.of(A, B), receipt.urls());
        assertEquals(2, receipt.added());
        assertEquals(0, receipt.duplicates());
        assertEquals(2, counters().items());
        assertEquals(List.of(A, B), queue.urls());
    }

    @Test
    void ninetyNineUrlsFitOneRequest() {
        List<String> urls = IntStream.range(0, 99).mapToObj(i -> "https://example.com/" + i + ".jpg").toList();
        assertEquals(99, submit(Fixtures.OWNER, cats, ResourceType.IMAGE, urls).added());
        assertEquals(99, counters().items());
        assertEquals(99, queue.urls().size());
    }

    @Test
    void hundredUrlsAreRefusedAsAnInvalidParameter() {
        List<String> urls = IntStream.range(0, 100).mapToObj(i -> "https://example.com/" + i + ".jpg").toList();
        DomainException refused = assertThrows(DomainException.class, () -> submit(Fixtures.OWNER, cats, ResourceType.IMAGE, urls));
        assertEquals(Failure.INVALID_PARAMETER, refused.failure());
        assertEquals(0, counters().items());
        assertEquals(0, queue.calls());
    }

    @Test
    void emptyUrlListIsRefusedAsAnInvalidParameter() {
        DomainException refused = assertThrows(DomainException.class, () -> submit(Fixtures.OWNER, cats, ResourceType.IMAGE, List.of()));
        assertEquals(Failure.INVALID_PARAMETER, refused.failure());
    }

    @Test
    void resourceTypeTheProjectCannotLabelIsRefusedAsResourceInvalid() {
        DomainException refused = assertThrows(DomainException.class,
                () -> submit(Fixtures.OWNER, cats, ResourceType.TEXT, List.of(A)));
        assertEquals(Failure.RESOURCE_INVALID, refused.failure());
        assertEquals(0, counters().items());
        assertEquals(0, queue.calls());
    }

    @Test
    void audioIsRefusedForAFrameProjectAndTextIsTakenByATextClassification() {
        Project boxes = create(Fixtures.OWNER, Fixtures.frame("boxes"));
        assertEquals(Failure.RESOURCE_INVALID, assertThrows(DomainException.class,
                () -> submit(Fixtures.OWNER, boxes, ResourceType.AUDIO, List.of(A))).failure());
        Project texts = create(Fixtures.OWNER, new ProjectDraft("texts", "text_classification", "single_choice", null,
                "spam?", null, List.of("spam", "ham")));
        assertEquals(1, submit(Fixtures.OWNER, texts, ResourceType.TEXT, List.of("https://example.com/a.txt")).added());
        assertEquals(Failure.RESOURCE_INVALID, assertThrows(DomainException.class,
                () -> submit(Fixtures.OWNER, texts, ResourceType.IMAGE, List.of(A))).failure());
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"CHECKING", "COMPLETED"})
    void projectUnderReviewOrCompletedRefusesUploads(ProjectStatus status) {
        projects.save(projects.get(cats.id()).withStatus(status, clock.now()));

        DomainException refused = assertThrows(DomainException.class, () -> submit(A));

        assertEquals(Failure.UPLOADS_CLOSED, refused.failure());
        assertEquals(List.of(), samples.all(cats.id()));
        assertEquals(0, queue.calls());
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"RUNNING", "PAUSED"})
    void approvedProjectTakesAdditionalData(ProjectStatus status) {
        projects.save(projects.get(cats.id()).withStatus(status, clock.now()));
        assertEquals(1, submit(A).added());
        assertEquals(1, counters().items());
    }

    @Test
    void queueFailureAnswersQueueUnavailableWhileTheSamplesStayRecorded() {
        queue.failNext(1);

        DomainException refused = assertThrows(DomainException.class, () -> submit(A, B));

        assertEquals(Failure.QUEUE_UNAVAILABLE, refused.failure());
        assertEquals(2, samples.all(cats.id()).size());
        assertEquals(new Counters(2, 2, 0, 0, 0, 0, 0), counters());
        assertEquals(List.of(), queue.urls());
    }

    @Test
    void retryAfterAQueueFailureQueuesTheRecordedSamplesWithoutCountingThemAgain() {
        queue.failNext(1);
        assertThrows(DomainException.class, () -> submit(A, B));

        SubmitResources.Receipt retry = submit(A, B);

        assertEquals(0, retry.added());
        assertEquals(2, retry.duplicates());
        assertEquals(List.of(A, B), queue.urls());
        assertEquals(2, counters().items());
        assertEquals(2, queue.calls());
    }

    @Test
    void nothingIsWrittenWhenAnyUrlIsInvalid() {
        DomainException refused = assertThrows(DomainException.class, () -> submit(A, "http://169.254.169.254/latest/meta-data/", B));

        assertEquals(Failure.RESOURCE_INVALID, refused.failure());
        assertTrue(refused.detail().contains("params.resourceURLs[1]"), refused.detail());
        assertEquals(List.of(), samples.all(cats.id()));
        assertEquals(Counters.ZERO, counters());
        assertEquals(0, queue.calls());
        assertEquals(cats, projects.get(cats.id()));
    }

    @Test
    void nothingIsWrittenWhenAnyUrlIsTooLong() {
        String tooLong = ResourceUrlsTest.urlOfLength(2049);
        DomainException refused = assertThrows(DomainException.class, () -> submit(A, tooLong));
        assertEquals(Failure.RESOURCE_URL_TOO_LONG, refused.failure());
        assertEquals(List.of(), samples.all(cats.id()));
        assertEquals(0, queue.calls());
    }

    @Test
    void anotherOwnersProjectAnswersProjectNotFound() {
        DomainException refused = assertThrows(DomainException.class,
                () -> submit(Fixtures.OTHER_OWNER, cats, ResourceType.IMAGE, List.of(A)));
        assertEquals(Failure.PROJECT_NOT_FOUND, refused.failure());
        assertEquals(List.of(), samples.all(cats.id()));
        assertEquals(0, queue.calls());
    }

    @Test
    void sameUrlInTwoProjectsIsASampleOfEach() {
        Project dogs = create(Fixtures.OWNER, Fixtures.classification("dogs"));
        submit(A);
        assertEquals(1, submit(Fixtures.OWNER, dogs, ResourceType.IMAGE, List.of(A)).added());
        assertEquals(1, projects.get(dogs.id()).counters().items());
        assertEquals(1, counters().items());
    }
}
