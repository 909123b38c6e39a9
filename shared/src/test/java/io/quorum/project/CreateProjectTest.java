package io.quorum.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateProjectTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryProjectStore projects = new InMemoryProjectStore();
    private final CreateProject create = new CreateProject(projects, new ProjectIds(), clock);

    private Project create(io.quorum.auth.UserId owner, ProjectDraft draft) {
        return create.execute(new CreateProject.Command(owner, draft));
    }

    @Test
    void newProjectIsStoredUnstartedWithTheSpecAndTheClocksTime() {
        Project project = create(Fixtures.OWNER, Fixtures.classification("api test project"));

        assertEquals(project, projects.get(project.id()));
        assertEquals(Fixtures.OWNER, project.owner());
        assertEquals(ProjectStatus.UNSTARTED, project.status());
        assertEquals(Counters.ZERO, project.counters());
        assertEquals(0, project.amountSpentCents());
        assertEquals(1, project.version());
        assertEquals(clock.now(), project.createdAt());
        assertEquals(clock.now(), project.updatedAt());
        assertEquals(ProjectSpec.from(Fixtures.classification("api test project")), project.spec());
    }

    @Test
    void idsAreShapedLikeTheSpecsAndCountPerOwner() {
        Project first = create(Fixtures.OWNER, Fixtures.classification("one"));
        Project second = create(Fixtures.OWNER, Fixtures.frame("two"));
        Project othersFirst = create(Fixtures.OTHER_OWNER, Fixtures.classification("one"));
        Project third = create(Fixtures.OWNER, Fixtures.classification("three"));

        assertTrue(first.id().value().matches("p1_[A-Za-z0-9]{8}"), first.id().value());
        assertTrue(second.id().value().matches("p2_[A-Za-z0-9]{8}"), second.id().value());
        assertTrue(othersFirst.id().value().matches("p1_[A-Za-z0-9]{8}"), othersFirst.id().value());
        assertTrue(third.id().value().matches("p3_[A-Za-z0-9]{8}"), third.id().value());
        assertNotEquals(first.id(), othersFirst.id(), "the random tag tells equal numbers apart");
    }

    @Test
    void duplicateNameForTheSameOwnerIsRefusedWithProjectCreateRefused() {
        Project first = create(Fixtures.OWNER, Fixtures.classification("cats"));
        clock.advance(Duration.ofSeconds(1));

        DomainException refused = assertThrows(DomainException.class, () -> create(Fixtures.OWNER, Fixtures.frame("cats")));

        assertEquals(Failure.PROJECT_CREATE_REFUSED, refused.failure());
        assertTrue(refused.detail().contains("cats"), refused.detail());
        assertEquals(List.of(first), projects.all());
    }

    @Test
    void nameIsComparedAfterSurroundingWhitespaceIsStripped() {
        create(Fixtures.OWNER, Fixtures.classification("cats"));
        DomainException refused = assertThrows(DomainException.class, () -> create(Fixtures.OWNER, Fixtures.classification(" cats ")));
        assertEquals(Failure.PROJECT_CREATE_REFUSED, refused.failure());
    }

    @Test
    void sameNameForAnotherOwnerIsFine() {
        Project mine = create(Fixtures.OWNER, Fixtures.classification("cats"));
        Project theirs = create(Fixtures.OTHER_OWNER, Fixtures.classification("cats"));

        assertEquals(2, projects.all().size());
        assertEquals(Optional.of(mine.id()), projects.nameHolder(Fixtures.OWNER, "cats"));
        assertEquals(Optional.of(theirs.id()), projects.nameHolder(Fixtures.OTHER_OWNER, "cats"));
    }

    @Test
    void invalidSpecIsRefusedWithProjectCreateRefusedListingEveryProblem() {
        ProjectDraft draft = new ProjectDraft("cats", "image_classification", "stroke", null, null, "car", List.of("cat"));
        List<String> problems = assertThrows(InvalidProjectSpecException.class, () -> ProjectSpec.from(draft)).problems();
        assertTrue(problems.size() >= 4, problems::toString);

        DomainException refused = assertThrows(DomainException.class, () -> create(Fixtures.OWNER, draft));

        assertEquals(Failure.PROJECT_CREATE_REFUSED, refused.failure());
        for (String problem : problems) {
            assertTrue(refused.detail().contains(problem), () -> "missing \"" + problem + "\" in " + refused.detail());
        }
        assertTrue(refused.detail().contains("does not fit type image_classification"), refused.detail());
        assertTrue(refused.detail().contains("question is required"), refused.detail());
        assertTrue(refused.detail().contains("objectMarked applies to frame selection projects only"), refused.detail());
        assertTrue(refused.detail().contains("options must hold 2 to 100"), refused.detail());
        assertEquals(List.of(), projects.all());
    }

    @Test
    void missingRequiredFieldsAreRefusedTogether() {
        DomainException refused = assertThrows(DomainException.class,
                () -> create(Fixtures.OWNER, new ProjectDraft(null, "nope", null, null, null, null, null)));
        assertEquals(Failure.PROJECT_CREATE_REFUSED, refused.failure());
        assertTrue(refused.detail().contains("projectName is required"), refused.detail());
        assertTrue(refused.detail().contains("type must be one of"), refused.detail());
        assertTrue(refused.detail().contains("taskType is required"), refused.detail());
    }

    @Test
    void refusedCreationDoesNotReserveTheName() {
        assertThrows(DomainException.class,
                () -> create(Fixtures.OWNER, new ProjectDraft("cats", "image_classification", "single_choice", null, null, null, null)));
        assertEquals(Optional.empty(), projects.nameHolder(Fixtures.OWNER, "cats"));
        Project project = create(Fixtures.OWNER, Fixtures.classification("cats"));
        assertEquals("cats", project.spec().name());
    }
}
