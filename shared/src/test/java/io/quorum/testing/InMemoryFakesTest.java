package io.quorum.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.auth.Account;
import io.quorum.auth.Email;
import io.quorum.error.ConcurrentModificationException;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectNameTakenException;
import io.quorum.project.ProjectSpec;
import io.quorum.project.ProjectStatus;
import io.quorum.sample.IngestRequest;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleId;
import io.quorum.sample.SampleStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fakes honour the contracts of the ports they stand in for, so that use-case tests mean something. */
class InMemoryFakesTest {

    private static final Instant T0 = MutableClock.SPEC_EXAMPLE_TIME;

    private final InMemoryProjectStore projects = new InMemoryProjectStore();
    private final InMemorySampleStore samples = new InMemorySampleStore(projects);

    private static Project project(String id, String name) {
        return Project.newProject(new ProjectId(id), Fixtures.OWNER, ProjectSpec.from(Fixtures.classification(name)), T0);
    }

    private static Sample sample(Project project, String url) {
        return Sample.submitted(project.id(), url, ResourceType.IMAGE, T0);
    }

    // ---- InMemoryProjectStore ------------------------------------------------------------------

    @Test
    void projectNumbersCountFromOnePerOwner() {
        assertEquals(1, projects.nextProjectNumber(Fixtures.OWNER));
        assertEquals(2, projects.nextProjectNumber(Fixtures.OWNER));
        assertEquals(1, projects.nextProjectNumber(Fixtures.OTHER_OWNER));
        assertEquals(3, projects.nextProjectNumber(Fixtures.OWNER));
    }

    @Test
    void createReservesTheNamePerOwner() {
        projects.create(project("p1_AAAAAAAA", "cats"));
        assertThrows(ProjectNameTakenException.class, () -> projects.create(project("p2_BBBBBBBB", "cats")));
        Project theirs = Project.newProject(new ProjectId("p1_CCCCCCCC"), Fixtures.OTHER_OWNER,
                ProjectSpec.from(Fixtures.classification("cats")), T0);
        projects.create(theirs);
        assertEquals(2, projects.all().size());
    }

    @Test
    void createRefusesAnIdThatExists() {
        projects.create(project("p1_AAAAAAAA", "cats"));
        assertThrows(ConcurrentModificationException.class, () -> projects.create(project("p1_AAAAAAAA", "dogs")));
        assertEquals(Optional.empty(), projects.nameHolder(Fixtures.OWNER, "dogs"));
    }

    @Test
    void replaceSpecFromAStaleVersionIsAConcurrentModification() {
        Project v1 = project("p1_AAAAAAAA", "cats");
        projects.create(v1);
        Project v2 = v1.withSpec(ProjectSpec.from(Fixtures.classification("felines")), T0.plusSeconds(1));
        projects.replaceSpec(v1, v2);

        Project stale = v1.withSpec(ProjectSpec.from(Fixtures.classification("kittens")), T0.plusSeconds(2));
        assertThrows(ConcurrentModificationException.class, () -> projects.replaceSpec(v1, stale));
        assertEquals(v2, projects.get(v1.id()));
        assertEquals(Optional.empty(), projects.nameHolder(Fixtures.OWNER, "kittens"));
        assertEquals(Optional.of(v1.id()), projects.nameHolder(Fixtures.OWNER, "felines"));
        assertEquals(Optional.empty(), projects.nameHolder(Fixtures.OWNER, "cats"));
    }

    @Test
    void replaceSpecToATakenNameIsRefusedAndChangesNothing() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        projects.create(project("p2_BBBBBBBB", "dogs"));
        Project renamed = cats.withSpec(ProjectSpec.from(Fixtures.classification("dogs")), T0.plusSeconds(1));
        assertThrows(ProjectNameTakenException.class, () -> projects.replaceSpec(cats, renamed));
        assertEquals(cats, projects.get(cats.id()));
    }

    @Test
    void changeStatusChecksVersionAndStatusAndBumpsTheVersion() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        projects.changeStatus(cats, ProjectStatus.CHECKING, T0.plusSeconds(5));

        Project stored = projects.get(cats.id());
        assertEquals(ProjectStatus.CHECKING, stored.status());
        assertEquals(2, stored.version());
        assertEquals(T0.plusSeconds(5), stored.updatedAt());
        assertThrows(ConcurrentModificationException.class, () -> projects.changeStatus(cats, ProjectStatus.DELETED, T0));
        Project sameVersionOtherStatus = new Project(stored.id(), stored.owner(), stored.spec(), ProjectStatus.RUNNING,
                stored.counters(), 0, stored.createdAt(), stored.updatedAt(), stored.version());
        assertThrows(ConcurrentModificationException.class,
                () -> projects.changeStatus(sameVersionOtherStatus, ProjectStatus.PAUSED, T0));
        assertEquals(stored, projects.get(cats.id()));
    }

    @Test
    void deletingReleasesTheName() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        projects.changeStatus(cats, ProjectStatus.DELETED, T0);
        assertEquals(Optional.empty(), projects.nameHolder(Fixtures.OWNER, "cats"));
        projects.create(project("p2_BBBBBBBB", "cats"));
    }

    @Test
    void findOwnedHidesOtherOwnersAndDeletedProjects() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        assertEquals(cats, projects.findOwned(Fixtures.OWNER, "p1_AAAAAAAA"));
        DomainException other = assertThrows(DomainException.class, () -> projects.findOwned(Fixtures.OTHER_OWNER, "p1_AAAAAAAA"));
        assertEquals(Failure.PROJECT_NOT_FOUND, other.failure());
        projects.changeStatus(cats, ProjectStatus.DELETED, T0);
        assertEquals(Failure.PROJECT_NOT_FOUND,
                assertThrows(DomainException.class, () -> projects.findOwned(Fixtures.OWNER, "p1_AAAAAAAA")).failure());
    }

    // ---- InMemorySampleStore -------------------------------------------------------------------

    @Test
    void addAllStoresSamplesAndCountsThemWithoutChangingTheVersion() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        samples.addAll(cats, List.of(sample(cats, "https://example.com/1.jpg"), sample(cats, "https://example.com/2.jpg")), T0);

        assertEquals(new Counters(2, 2, 0, 0, 0, 0, 0), projects.get(cats.id()).counters());
        assertEquals(cats.version(), projects.get(cats.id()).version());
        assertEquals(2, samples.findAll(cats.id(), List.of(SampleId.forSource("https://example.com/1.jpg"),
                SampleId.forSource("https://example.com/2.jpg"), SampleId.forSource("https://example.com/3.jpg"))).size());
    }

    @Test
    void addAllIsAllOrNothingWhenAnySampleExists() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        samples.addAll(cats, List.of(sample(cats, "https://example.com/1.jpg")), T0);

        assertThrows(ConcurrentModificationException.class, () -> samples.addAll(cats,
                List.of(sample(cats, "https://example.com/2.jpg"), sample(cats, "https://example.com/1.jpg")), T0));

        assertEquals(1, samples.all(cats.id()).size());
        assertEquals(1, projects.get(cats.id()).counters().items());
    }

    @Test
    void addAllIsRefusedWhenTheStoredStatusTakesNoResources() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        projects.changeStatus(cats, ProjectStatus.CHECKING, T0);

        assertThrows(ConcurrentModificationException.class,
                () -> samples.addAll(cats, List.of(sample(cats, "https://example.com/1.jpg")), T0));
        assertEquals(List.of(), samples.all(cats.id()));
        assertEquals(0, projects.get(cats.id()).counters().items());
    }

    @Test
    void addAllRefusesMoreThanOneWriteHolds() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        List<Sample> hundred = IntStream.range(0, 100).mapToObj(i -> sample(cats, "https://example.com/" + i)).toList();
        assertThrows(IllegalArgumentException.class, () -> samples.addAll(cats, hundred, T0));
        assertThrows(IllegalArgumentException.class, () -> samples.addAll(cats, List.of(), T0));
        assertEquals(0, projects.get(cats.id()).counters().items());
    }

    @Test
    void changingASampleStatusMovesItsCount() {
        Project cats = project("p1_AAAAAAAA", "cats");
        projects.create(cats);
        Sample one = sample(cats, "https://example.com/1.jpg");
        samples.addAll(cats, List.of(one, sample(cats, "https://example.com/2.jpg")), T0);

        samples.changeStatus(cats.id(), one.id(), SampleStatus.PROCESSING);
        assertEquals(new Counters(2, 1, 1, 0, 0, 0, 0), projects.get(cats.id()).counters());
        samples.changeStatus(cats.id(), one.id(), SampleStatus.COMPLETED);
        assertEquals(new Counters(2, 1, 0, 1, 1, 0, 1), projects.get(cats.id()).counters());
        assertEquals(SampleStatus.COMPLETED, samples.all(cats.id()).get(0).status());
        assertEquals(projects.get(cats.id()).counters(), samples.countSubmittedBetween(cats.id(), T0, T0));
    }

    // ---- the others ----------------------------------------------------------------------------

    @Test
    void accountStoreKeepsOneAccountPerEmail() {
        InMemoryAccountStore accounts = new InMemoryAccountStore();
        accounts.create(Fixtures.ownerAccount());
        Account sameEmail = new Account(Fixtures.OTHER_OWNER, Fixtures.OTHER_SECRET, new Email("OWNER@example.com"), T0);
        assertEquals(Failure.EMAIL_TAKEN, assertThrows(DomainException.class, () -> accounts.create(sameEmail)).failure());
        assertEquals(Failure.EMAIL_TAKEN, assertThrows(DomainException.class, () -> accounts.upsert(sameEmail)).failure());
        assertThrows(IllegalStateException.class, () -> accounts.create(
                new Account(Fixtures.OWNER, Fixtures.OWNER_SECRET, new Email("new@example.com"), T0)));
        assertEquals(Optional.of(Fixtures.ownerAccount()), accounts.find(Fixtures.OWNER));
        assertEquals(Optional.empty(), accounts.find(Fixtures.OTHER_OWNER));
    }

    @Test
    void upsertMovesTheEmailReservation() {
        InMemoryAccountStore accounts = new InMemoryAccountStore();
        accounts.create(Fixtures.ownerAccount());
        accounts.upsert(new Account(Fixtures.OWNER, Fixtures.OWNER_SECRET, new Email("moved@example.com"), T0));
        // The old address is free again, the new one is held.
        accounts.create(new Account(Fixtures.OTHER_OWNER, Fixtures.OTHER_SECRET, new Email("owner@example.com"), T0));
        assertEquals(2, accounts.size());
        Account thief = new Account(new io.quorum.auth.UserId("U_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), Fixtures.OTHER_SECRET,
                new Email("moved@example.com"), T0);
        assertEquals(Failure.EMAIL_TAKEN, assertThrows(DomainException.class, () -> accounts.create(thief)).failure());
    }

    @Test
    void queueRecordsAndFailsOnRequest() {
        RecordingIngestQueue queue = new RecordingIngestQueue();
        IngestRequest request = new IngestRequest(Fixtures.OWNER, new ProjectId("p1_AAAAAAAA"),
                SampleId.forSource("https://example.com/1.jpg"), "https://example.com/1.jpg", ResourceType.IMAGE);
        queue.failNext(2);
        assertThrows(IllegalStateException.class, () -> queue.enqueue(List.of(request)));
        assertThrows(IllegalStateException.class, () -> queue.enqueue(List.of(request)));
        queue.enqueue(List.of(request));
        assertEquals(List.of(request), queue.requests());
        assertEquals(3, queue.calls());
    }

    @Test
    void clockStandsStillUntilMoved() {
        MutableClock clock = new MutableClock();
        assertEquals(T0, clock.now());
        assertEquals(T0.plusSeconds(60), clock.advance(Duration.ofMinutes(1)));
        assertEquals(T0.plusSeconds(60), clock.now());
        clock.set(Instant.EPOCH);
        assertEquals(0, clock.millis());
        assertTrue(clock.now().equals(Instant.EPOCH));
    }
}
