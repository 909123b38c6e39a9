package io.quorum.project;

import io.quorum.workflow.ProjectType;
import io.quorum.workflow.TaskType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UpdateProjectTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryProjectStore projects = new InMemoryProjectStore();
    private final CreateProject create = new CreateProject(projects, new ProjectIds(), clock);
    private final UpdateProject update = new UpdateProject(projects, clock);

    private Project cats;
    private Instant createdAt;

    @BeforeEach
    void createProject() {
        createdAt = clock.now();
        cats = create.execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.classification("cats")));
        clock.advance(Duration.ofMinutes(3));
    }

    private Project update(UserId caller, String projectId, ProjectDraft changes) {
        return update.execute(new UpdateProject.Command(caller, projectId, changes));
    }

    private static ProjectDraft rename(String name) {
        return new ProjectDraft(name, null, null, null, null, null, null);
    }

    private DomainException refusedUpdate(UserId caller, String projectId, ProjectDraft changes) {
        return assertThrows(DomainException.class, () -> update(caller, projectId, changes));
    }

    @Test
    void partialUpdateChangesOnlyTheFieldsSentAndKeepsTheRest() {
        Project updated = update(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft(null, null, "multiple_choice", "pick all that apply", null, null, null));

        ProjectSpec spec = updated.spec();
        assertEquals("cats", spec.name());
        assertEquals(ProjectType.IMAGE_CLASSIFICATION, spec.type());
        assertEquals(TaskType.MULTIPLE_CHOICE, spec.taskType());
        assertEquals("pick all that apply", spec.instruction());
        assertEquals("Is the creature in the picture a cat or a dog", spec.question());
        assertEquals(List.of("cat", "dog", "unknown"), spec.options());
        assertEquals(updated, projects.get(cats.id()), "the store holds what the use case returned");
    }

    @Test
    void updateBumpsVersionAndUpdatedAtButKeepsCreatedAtStatusAndCounters() {
        Project updated = update(Fixtures.OWNER, cats.id().value(), rename("felines"));
        assertEquals(cats.version() + 1, updated.version());
        assertEquals(clock.now(), updated.updatedAt());
        assertEquals(createdAt, updated.createdAt());
        assertEquals(ProjectStatus.UNSTARTED, updated.status());
        assertEquals(cats.counters(), updated.counters());
        assertEquals(cats.id(), updated.id());
    }

    @Test
    void optionsAreReplacedAsAWhole() {
        Project updated = update(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft(null, null, null, null, "dog or pig in picture", null, List.of("dog", "pig", "unknown")));
        assertEquals(List.of("dog", "pig", "unknown"), updated.spec().options());
        assertEquals("dog or pig in picture", updated.spec().question());
    }

    @Test
    void classificationCanBecomeAFrameProjectWhenItsOptionsAreCleared() {
        Project updated = update(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft(null, "image_rectangle_frame_select", "rectangle_frame_select", null, null, "cat", List.of()));
        assertEquals(ProjectType.IMAGE_RECTANGLE_FRAME_SELECT, updated.spec().type());
        assertEquals("cat", updated.spec().objectMarked());
        assertEquals(List.of(), updated.spec().options());
    }

    @Test
    void renameFreesTheOldNameAndReservesTheNewOne() {
        update(Fixtures.OWNER, cats.id().value(), rename("felines"));

        assertEquals(Optional.empty(), projects.nameHolder(Fixtures.OWNER, "cats"));
        assertEquals(Optional.of(cats.id()), projects.nameHolder(Fixtures.OWNER, "felines"));
        Project newCats = create.execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.classification("cats")));
        assertEquals("cats", newCats.spec().name());
        DomainException refused = assertThrows(DomainException.class,
                () -> create.execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.classification("felines"))));
        assertEquals(Failure.PROJECT_CREATE_REFUSED, refused.failure());
    }

    @Test
    void renameToANameAnotherOfTheOwnersProjectsHoldsIsRefusedAndChangesNothing() {
        create.execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.frame("dogs")));
        Project before = projects.get(cats.id());

        DomainException refused = refusedUpdate(Fixtures.OWNER, cats.id().value(), rename("dogs"));

        assertEquals(Failure.PROJECT_UPDATE_REFUSED, refused.failure());
        assertEquals(before, projects.get(cats.id()));
        assertEquals(Optional.of(cats.id()), projects.nameHolder(Fixtures.OWNER, "cats"));
    }

    @Test
    void renameToANameOnlyAnotherOwnerUsesIsFine() {
        create.execute(new CreateProject.Command(Fixtures.OTHER_OWNER, Fixtures.frame("dogs")));
        assertEquals("dogs", update(Fixtures.OWNER, cats.id().value(), rename("dogs")).spec().name());
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"CHECKING", "RUNNING", "PAUSED", "COMPLETED"})
    void projectIsLockedOnceSubmitted(ProjectStatus status) {
        projects.save(projects.get(cats.id()).withStatus(status, clock.now()));
        Project before = projects.get(cats.id());

        DomainException refused = refusedUpdate(Fixtures.OWNER, cats.id().value(), rename("felines"));

        assertEquals(Failure.PROJECT_LOCKED_AFTER_SUBMIT, refused.failure());
        assertEquals(before, projects.get(cats.id()));
    }

    @Test
    void emptyChangeIsRefusedWithProjectUpdateRefused() {
        DomainException refused = refusedUpdate(Fixtures.OWNER, cats.id().value(), Fixtures.noChanges());
        assertEquals(Failure.PROJECT_UPDATE_REFUSED, refused.failure());
        assertEquals(cats, projects.get(cats.id()));
    }

    @Test
    void invalidMergeIsRefusedAndNothingChanges() {
        DomainException refused = refusedUpdate(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft("felines", null, "stroke", null, null, null, List.of("cat")));

        assertEquals(Failure.PROJECT_UPDATE_REFUSED, refused.failure());
        assertTrue(refused.detail().contains("does not fit type image_classification"), refused.detail());
        assertTrue(refused.detail().contains("options must hold 2 to 100"), refused.detail());
        assertEquals(cats, projects.get(cats.id()));
        assertEquals(Optional.of(cats.id()), projects.nameHolder(Fixtures.OWNER, "cats"));
        assertEquals(Optional.empty(), projects.nameHolder(Fixtures.OWNER, "felines"));
    }

    @Test
    void switchingToAFrameTypeWhileSendingOptionsIsAnInvalidMerge() {
        DomainException refused = refusedUpdate(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft(null, "image_stroke", "stroke", null, null, "cat", List.of("a", "b")));
        assertEquals(Failure.PROJECT_UPDATE_REFUSED, refused.failure());
        assertTrue(refused.detail().contains("options apply to classification projects only"), refused.detail());
        assertEquals(cats, projects.get(cats.id()));
    }

    @Test
    void anotherOwnersProjectIdAnswersProjectNotFound() {
        DomainException refused = refusedUpdate(Fixtures.OTHER_OWNER, cats.id().value(), rename("mine now"));
        assertEquals(Failure.PROJECT_NOT_FOUND, refused.failure());
        assertEquals(cats, projects.get(cats.id()));
    }

    @Test
    void deletedProjectAnswersProjectNotFound() {
        projects.changeStatus(projects.get(cats.id()), ProjectStatus.DELETED, clock.now());
        DomainException refused = refusedUpdate(Fixtures.OWNER, cats.id().value(), rename("felines"));
        assertEquals(Failure.PROJECT_NOT_FOUND, refused.failure());
    }

    @Test
    void unknownOrMalformedProjectIdAnswersProjectNotFound() {
        assertEquals(Failure.PROJECT_NOT_FOUND, refusedUpdate(Fixtures.OWNER, "p99_ZZZZZZZZ", rename("x")).failure());
        assertEquals(Failure.PROJECT_NOT_FOUND, refusedUpdate(Fixtures.OWNER, "not-an-id", rename("x")).failure());
    }

    @Test
    void notFoundIsReportedBeforeTheChangeIsJudged() {
        // An empty change to someone else's project must not reveal that the project exists.
        DomainException refused = refusedUpdate(Fixtures.OTHER_OWNER, cats.id().value(), Fixtures.noChanges());
        assertEquals(Failure.PROJECT_NOT_FOUND, refused.failure());
    }

    @Test
    void classificationBecomesFrameSelectionWithTheSpecsFieldsAlone() {
        Project updated = update(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft(null, "image_stroke", "stroke", null, null, "cat", null));
        assertEquals(ProjectType.IMAGE_STROKE, updated.spec().type());
        assertEquals(List.of(), updated.spec().options());
        assertEquals("cat", updated.spec().objectMarked());
    }

    @Test
    void frameSelectionBecomesClassificationWithTheSpecsFieldsAlone() {
        Project boxes = create.execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.frame("boxes")));
        Project updated = update(Fixtures.OWNER, boxes.id().value(),
                new ProjectDraft(null, "image_classification", "single_choice", null, "dog or pig?", null, List.of("dog", "pig")));
        assertEquals(ProjectType.IMAGE_CLASSIFICATION, updated.spec().type());
        assertEquals("", updated.spec().objectMarked());
        assertEquals(List.of("dog", "pig"), updated.spec().options());
    }

    @Test
    void typeThatCannotLabelTheExistingResourcesIsRefused() {
        projects.save(new Project(cats.id(), cats.owner(), cats.spec(), cats.status(), new Counters(3, 3, 0, 0, 0, 0, 0),
                0, cats.createdAt(), cats.updatedAt(), cats.version()));
        DomainException refused = refusedUpdate(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft(null, "text_classification", null, null, null, null, null));
        assertEquals(Failure.PROJECT_UPDATE_REFUSED, refused.failure());
        assertTrue(refused.detail().contains("3 resources"), refused.detail());
        assertEquals(ProjectType.IMAGE_CLASSIFICATION, projects.find(cats.id()).orElseThrow().spec().type());
        update(Fixtures.OWNER, cats.id().value(), new ProjectDraft(null, "image_stroke", "stroke", null, null, "cat", null));
    }
}
