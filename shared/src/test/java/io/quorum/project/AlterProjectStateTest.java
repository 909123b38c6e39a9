package io.quorum.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.auth.UserId;
import io.quorum.error.ConcurrentModificationException;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleStatus;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.InMemorySampleStore;
import io.quorum.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlterProjectStateTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryProjectStore projects = new InMemoryProjectStore();
    private final InMemorySampleStore samples = new InMemorySampleStore(projects);
    private final CreateProject create = new CreateProject(projects, new ProjectIds(), clock);
    private final AlterProjectState alter = new AlterProjectState(projects, clock);

    private Project cats;

    @BeforeEach
    void createProject() {
        cats = create.execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.classification("cats")));
        clock.advance(Duration.ofMinutes(1));
    }

    private void addSamples(Project project, String... urls) {
        Instant now = clock.now();
        samples.addAll(projects.get(project.id()),
                List.of(urls).stream().map(url -> Sample.submitted(project.id(), url, ResourceType.IMAGE, now)).toList(), now);
    }

    private AlterProjectState.Receipt alter(UserId caller, Project project, StateChange change) {
        return alter.execute(new AlterProjectState.Command(caller, project.id().value(), change));
    }

    private DomainException refused(UserId caller, Project project, StateChange change) {
        return assertThrows(DomainException.class, () -> alter(caller, project, change));
    }

    /** What an operator's approval does; the approval use case is not part of this module yet. */
    private void approve(Project project) {
        Project current = projects.get(project.id());
        projects.changeStatus(current, ProjectStatus.RUNNING, clock.now());
    }

    @Test
    void startSubmitsAProjectWithSamplesForReview() {
        addSamples(cats, "https://example.com/1.jpg", "https://example.com/2.jpg");
        long versionBefore = projects.get(cats.id()).version();

        AlterProjectState.Receipt receipt = alter(Fixtures.OWNER, cats, StateChange.START);

        assertEquals(cats.id(), receipt.projectId());
        assertEquals(StateChange.START, receipt.change());
        assertEquals(ProjectStatus.UNSTARTED, receipt.from());
        assertEquals(ProjectStatus.CHECKING, receipt.to());
        assertEquals(clock.now(), receipt.at());
        Project stored = projects.get(cats.id());
        assertEquals(ProjectStatus.CHECKING, stored.status());
        assertEquals(versionBefore + 1, stored.version());
        assertEquals(clock.now(), stored.updatedAt());
        assertEquals(2, stored.counters().items());
    }

    @Test
    void startWithoutSamplesIsRefusedWithNoResourcesAndChangesNothing() {
        assertEquals(Failure.NO_RESOURCES, refused(Fixtures.OWNER, cats, StateChange.START).failure());
        assertEquals(cats, projects.get(cats.id()));
    }

    @Test
    void startWhenEverySampleFailedIsRefusedWithNoValidResources() {
        addSamples(cats, "https://example.com/1.jpg");
        samples.all(cats.id()).forEach(sample -> samples.changeStatus(cats.id(), sample.id(), SampleStatus.FAILED));
        Project before = projects.get(cats.id());

        assertEquals(Failure.NO_VALID_RESOURCES, refused(Fixtures.OWNER, cats, StateChange.START).failure());
        assertEquals(before, projects.get(cats.id()));
    }

    @Test
    void startingTwiceAnswersUnderReview() {
        addSamples(cats, "https://example.com/1.jpg");
        alter(Fixtures.OWNER, cats, StateChange.START);
        Project checking = projects.get(cats.id());

        assertEquals(Failure.UNDER_REVIEW, refused(Fixtures.OWNER, cats, StateChange.START).failure());
        assertEquals(checking, projects.get(cats.id()));
    }

    @Test
    void pauseStopsARunningProjectAndStartResumesIt() {
        addSamples(cats, "https://example.com/1.jpg");
        alter(Fixtures.OWNER, cats, StateChange.START);
        approve(cats);

        AlterProjectState.Receipt paused = alter(Fixtures.OWNER, cats, StateChange.PAUSE);
        assertEquals(ProjectStatus.RUNNING, paused.from());
        assertEquals(ProjectStatus.PAUSED, paused.to());
        assertEquals(ProjectStatus.PAUSED, projects.get(cats.id()).status());

        assertEquals(Failure.ALREADY_PAUSED, refused(Fixtures.OWNER, cats, StateChange.PAUSE).failure());

        clock.advance(Duration.ofHours(1));
        AlterProjectState.Receipt resumed = alter(Fixtures.OWNER, cats, StateChange.START);
        assertEquals(ProjectStatus.PAUSED, resumed.from());
        assertEquals(ProjectStatus.RUNNING, resumed.to());
        assertEquals(ProjectStatus.RUNNING, projects.get(cats.id()).status());
        assertEquals(clock.now(), projects.get(cats.id()).updatedAt());
    }

    @Test
    void pausingAProjectThatIsNotRunningIsRefused() {
        assertEquals(Failure.PAUSE_REFUSED, refused(Fixtures.OWNER, cats, StateChange.PAUSE).failure());
        assertEquals(cats, projects.get(cats.id()));
    }

    @Test
    void deletingARunningProjectIsRefusedUntilItIsPaused() {
        addSamples(cats, "https://example.com/1.jpg");
        alter(Fixtures.OWNER, cats, StateChange.START);
        approve(cats);

        assertEquals(Failure.DELETE_REFUSED_IN_PROGRESS, refused(Fixtures.OWNER, cats, StateChange.DELETE).failure());
        assertEquals(ProjectStatus.RUNNING, projects.get(cats.id()).status());

        alter(Fixtures.OWNER, cats, StateChange.PAUSE);
        assertEquals(ProjectStatus.DELETED, alter(Fixtures.OWNER, cats, StateChange.DELETE).to());
    }

    @Test
    void deleteFreesTheNameSoItCanBeReused() {
        alter(Fixtures.OWNER, cats, StateChange.DELETE);

        assertEquals(ProjectStatus.DELETED, projects.get(cats.id()).status());
        assertEquals(Optional.empty(), projects.nameHolder(Fixtures.OWNER, "cats"));
        Project again = create.execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.classification("cats")));
        assertEquals("cats", again.spec().name());
        assertEquals(Optional.of(again.id()), projects.nameHolder(Fixtures.OWNER, "cats"));
    }

    @Test
    void deletedProjectIsGoneForEveryFurtherChange() {
        alter(Fixtures.OWNER, cats, StateChange.DELETE);
        for (StateChange change : StateChange.values()) {
            assertEquals(Failure.PROJECT_NOT_FOUND, refused(Fixtures.OWNER, cats, change).failure(), change.name());
        }
    }

    @Test
    void anotherOwnersProjectAnswersProjectNotFoundAndStaysUnchanged() {
        addSamples(cats, "https://example.com/1.jpg");
        Project before = projects.get(cats.id());
        for (StateChange change : StateChange.values()) {
            assertEquals(Failure.PROJECT_NOT_FOUND, refused(Fixtures.OTHER_OWNER, cats, change).failure(), change.name());
        }
        assertEquals(before, projects.get(cats.id()));
        assertEquals(Optional.of(cats.id()), projects.nameHolder(Fixtures.OWNER, "cats"));
    }

    @Test
    void lostRaceIsRetriedAgainstTheFreshProject() {
        addSamples(cats, "https://example.com/1.jpg");
        // A store whose first status write loses a race to a concurrent rename (which bumps the version).
        ProjectStore racing = new DelegatingStore(projects) {
            private boolean raced;

            @Override
            public void changeStatus(Project before, ProjectStatus status, Instant at) {
                if (!raced) {
                    raced = true;
                    Project current = projects.get(before.id());
                    projects.replaceSpec(current, current.withSpec(ProjectSpec.from(Fixtures.classification("felines")), at));
                }
                super.changeStatus(before, status, at);
            }
        };

        AlterProjectState.Receipt receipt = new AlterProjectState(racing, clock)
                .execute(new AlterProjectState.Command(Fixtures.OWNER, cats.id().value(), StateChange.START));

        assertEquals(ProjectStatus.CHECKING, receipt.to());
        Project stored = projects.get(cats.id());
        assertEquals(ProjectStatus.CHECKING, stored.status());
        assertEquals("felines", stored.spec().name(), "the concurrent rename survives");
    }

    @Test
    void raceLostThreeTimesAsksTheClientToRetryAndChangesNothing() {
        addSamples(cats, "https://example.com/1.jpg");
        ProjectStore alwaysRacing = new DelegatingStore(projects) {
            @Override
            public void changeStatus(Project before, ProjectStatus status, Instant at) {
                throw new ConcurrentModificationException("lost again");
            }
        };
        DomainException refused = assertThrows(DomainException.class, () -> new AlterProjectState(alwaysRacing, clock)
                .execute(new AlterProjectState.Command(Fixtures.OWNER, cats.id().value(), StateChange.START)));
        assertEquals(io.quorum.error.Failure.INTERNAL, refused.failure());
        assertTrue(refused.detail().contains("try again"), refused.detail());
        assertEquals(ProjectStatus.UNSTARTED, projects.get(cats.id()).status());
    }

    /** Forwards every call, so that a test can override one. */
    private static class DelegatingStore implements ProjectStore {
        private final ProjectStore delegate;

        DelegatingStore(ProjectStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public long nextProjectNumber(UserId owner) {
            return delegate.nextProjectNumber(owner);
        }

        @Override
        public void create(Project project) {
            delegate.create(project);
        }

        @Override
        public Optional<Project> find(ProjectId id) {
            return delegate.find(id);
        }

        @Override
        public void replaceSpec(Project before, Project after) {
            delegate.replaceSpec(before, after);
        }

        @Override
        public void changeStatus(Project before, ProjectStatus status, Instant at) {
            delegate.changeStatus(before, status, at);
        }
    }
}
