package io.quorum.project;

import io.quorum.workflow.InvalidWorkflowException;
import io.quorum.workflow.Workflow;
import io.quorum.workflow.WorkflowJson;
import static io.quorum.workflow.WorkflowJson.CAT_THEN_BOX;
import static io.quorum.workflow.WorkflowJson.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.workflow.ProjectType;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SetWorkflowTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryProjectStore projects = new InMemoryProjectStore();
    private final SetWorkflow setWorkflow = new SetWorkflow(projects, clock);
    private final RetrieveWorkflow retrieveWorkflow = new RetrieveWorkflow(projects);
    private final UpdateProject update = new UpdateProject(projects, clock);

    private Project cats;

    @BeforeEach
    void createProject() {
        cats = new CreateProject(projects, new ProjectIds(), clock).execute(new CreateProject.Command(Fixtures.OWNER, Fixtures.classification("cats")));
        clock.advance(Duration.ofMinutes(1));
    }

    private Project set(String json) {
        return setWorkflow.execute(new SetWorkflow.Command(Fixtures.OWNER, cats.id().value(), parse(json)));
    }

    private RetrieveWorkflow.View retrieve() {
        return retrieveWorkflow.execute(new RetrieveWorkflow.Query(Fixtures.OWNER, cats.id().value()));
    }

    @Test
    void aNewProjectRunsTheOneNodeWorkflowOfItsFields() {
        RetrieveWorkflow.View view = retrieve();
        assertFalse(view.custom());
        assertEquals(cats.spec().derivedWorkflow(3), view.workflow());
    }

    @Test
    void theWorkflowSetIsStoredAndRetrievedAndBumpsTheVersion() {
        Project updated = set(CAT_THEN_BOX);
        assertEquals(cats.version() + 1, updated.version());
        assertEquals(clock.now(), updated.updatedAt());
        Project stored = projects.get(cats.id());
        assertEquals(updated, stored);
        RetrieveWorkflow.View view = retrieve();
        assertTrue(view.custom());
        assertEquals(WorkflowJson.read(CAT_THEN_BOX), view.workflow());
        assertEquals(cats.spec(), stored.spec());
    }

    @Test
    void anInvalidWorkflowChangesNothing() {
        InvalidWorkflowException refused = assertThrows(InvalidWorkflowException.class, () -> set(CAT_THEN_BOX.replace("\"when\": \"cat\"", "\"when\": \"bird\"")));
        assertEquals(Failure.WORKFLOW_INVALID, refused.failure());
        assertEquals(cats, projects.get(cats.id()));
    }

    @Test
    void theWorkflowMustFitTheProjectType() {
        Project texts = new CreateProject(projects, new ProjectIds(), clock).execute(new CreateProject.Command(Fixtures.OWNER,
                new ProjectDraft("texts", "text_classification", "single_choice", null, "spam?", null, java.util.List.of("yes", "no"))));
        InvalidWorkflowException refused = assertThrows(InvalidWorkflowException.class, () ->
                setWorkflow.execute(new SetWorkflow.Command(Fixtures.OWNER, texts.id().value(), parse(CAT_THEN_BOX))));
        assertTrue(refused.detail().contains("text_classification"), refused.detail());
    }

    @ParameterizedTest
    @EnumSource(value = ProjectStatus.class, names = {"CHECKING", "RUNNING", "PAUSED", "COMPLETED"})
    void onceStartedTheWorkflowIsRefusedAsSetProjectIs(ProjectStatus status) {
        projects.save(projects.get(cats.id()).withStatus(status, clock.now()));
        DomainException refused = assertThrows(DomainException.class, () -> set(CAT_THEN_BOX));
        assertEquals(Failure.PROJECT_LOCKED_AFTER_SUBMIT, refused.failure());
        DomainException updateRefused = assertThrows(DomainException.class, () ->
                update.execute(new UpdateProject.Command(Fixtures.OWNER, cats.id().value(), new ProjectDraft("x", null, null, null, null, null, null))));
        assertEquals(updateRefused.failure(), refused.failure());
        assertEquals(updateRefused.detail(), refused.detail());
    }

    @Test
    void anotherAccountsOrADeletedProjectIsNotFound() {
        DomainException other = assertThrows(DomainException.class, () ->
                setWorkflow.execute(new SetWorkflow.Command(Fixtures.OTHER_OWNER, cats.id().value(), parse(CAT_THEN_BOX))));
        assertEquals(Failure.PROJECT_NOT_FOUND, other.failure());
        DomainException otherRead = assertThrows(DomainException.class, () ->
                retrieveWorkflow.execute(new RetrieveWorkflow.Query(Fixtures.OTHER_OWNER, cats.id().value())));
        assertEquals(Failure.PROJECT_NOT_FOUND, otherRead.failure());
        projects.save(projects.get(cats.id()).withStatus(ProjectStatus.DELETED, clock.now()));
        assertEquals(Failure.PROJECT_NOT_FOUND, assertThrows(DomainException.class, () -> set(CAT_THEN_BOX)).failure());
    }

    @Test
    void setProjectKeepsTheCustomWorkflow() {
        set(CAT_THEN_BOX);
        Project renamed = update.execute(new UpdateProject.Command(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft("felines", null, null, null, null, null, null, 5)));
        assertEquals(WorkflowJson.read(CAT_THEN_BOX), projects.get(cats.id()).customWorkflow().orElseThrow());
        assertEquals(5, renamed.spec().repetition());
        assertEquals(renamed, projects.get(cats.id()));
    }

    @Test
    void changingTheTypeReChecksTheCustomWorkflow() {
        set(CAT_THEN_BOX);
        DomainException refused = assertThrows(DomainException.class, () -> update.execute(new UpdateProject.Command(Fixtures.OWNER,
                cats.id().value(), new ProjectDraft(null, "text_classification", null, null, null, null, null))));
        assertEquals(Failure.PROJECT_UPDATE_REFUSED, refused.failure());
        assertTrue(refused.problems().get(0).contains("cannot run on a text_classification project"), refused.problems().toString());
        assertTrue(refused.problems().get(1).contains("node \"box-cat\""), refused.problems().toString());
        assertEquals(ProjectType.IMAGE_CLASSIFICATION, projects.get(cats.id()).spec().type());

        Project stroke = update.execute(new UpdateProject.Command(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft(null, "image_stroke", "stroke", null, null, "tail", null)));
        assertEquals(ProjectType.IMAGE_STROKE, stroke.spec().type());
        assertTrue(stroke.customWorkflow().isPresent());
    }

    @Test
    void withoutACustomWorkflowAnyTypeChangeIsAllowed() {
        Project texts = update.execute(new UpdateProject.Command(Fixtures.OWNER, cats.id().value(),
                new ProjectDraft(null, "text_classification", null, null, null, null, null)));
        assertEquals(ProjectType.TEXT_CLASSIFICATION, texts.spec().type());
    }
}
