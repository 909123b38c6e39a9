package io.quorum.project;

import io.quorum.workflow.ProjectType;
import io.quorum.workflow.TaskType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.api.v1.Params;
import io.quorum.api.v1.V1Commands;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.MutableClock;
import io.quorum.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The repetition of the one-node workflow a project's fields imply: 3 by default, 1 to 15, set by create and setProject. */
class RepetitionTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryProjectStore projects = new InMemoryProjectStore();
    private final CreateProject create = new CreateProject(projects, new ProjectIds(), clock);
    private final UpdateProject update = new UpdateProject(projects, clock);

    private static Params params(String json) throws Exception {
        return Params.of((ObjectNode) Json.MAPPER.readTree(json));
    }

    private static final String CREATE = "{\"projectName\": \"cats\", \"type\": \"image_classification\", \"question\": \"q\", "
            + "\"taskType\": \"single_choice\", \"options\": [{\"value\": \"a\"}, {\"value\": \"b\"}]%s}";

    @Test
    void aProjectWithoutRepetitionRunsThreeAnswersPerSample() throws Exception {
        Project project = create.execute(V1Commands.createProject(Fixtures.OWNER, params(CREATE.formatted(""))));
        assertEquals(3, project.spec().repetition());
        assertEquals(3, project.workflow().taskNode("label").orElseThrow().repetition());
        assertEquals(5, project.workflow().taskNode("label").orElseThrow().maxRepetition());
    }

    @Test
    void createAndSetProjectSetTheRepetition() throws Exception {
        Project project = create.execute(V1Commands.createProject(Fixtures.OWNER, params(CREATE.formatted(", \"repetition\": 7"))));
        assertEquals(7, project.workflow().taskNode("label").orElseThrow().repetition());
        Project updated = update.execute(V1Commands.updateProject(Fixtures.OWNER,
                params("{\"projectId\": \"" + project.id().value() + "\", \"repetition\": 15}")));
        assertEquals(15, updated.workflow().taskNode("label").orElseThrow().repetition());
        assertEquals(15, updated.workflow().taskNode("label").orElseThrow().maxRepetition());
        Project renamed = update.execute(V1Commands.updateProject(Fixtures.OWNER,
                params("{\"projectId\": \"" + project.id().value() + "\", \"projectName\": \"dogs\"}")));
        assertEquals(15, renamed.spec().repetition(), "a change that does not name repetition keeps it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "16", "-1", "\"3\"", "3.5", "true", "[3]", "99999999999"})
    void aRepetitionThatIsNotAnIntegerFromOneToFifteenIsCode2(String value) {
        DomainException refused = assertThrows(DomainException.class, () -> V1Commands.createProject(Fixtures.OWNER,
                params(CREATE.formatted(", \"repetition\": " + value))));
        assertEquals(Failure.INVALID_PARAMETER, refused.failure());
        assertTrue(refused.detail().contains("params.repetition must be an integer from 1 to 15"), refused.detail());
    }

    @Test
    void theSpecRefusesARepetitionOutOfRange() {
        InvalidProjectSpecException refused = assertThrows(InvalidProjectSpecException.class, () -> new ProjectSpec("cats",
                ProjectType.IMAGE_CLASSIFICATION, TaskType.SINGLE_CHOICE, "", "q", null, List.of("a", "b"), 16));
        assertTrue(refused.getMessage().contains("repetition must be between 1 and 15"), refused.getMessage());
    }

    @Test
    void aDraftWithOnlyARepetitionIsAChange() {
        assertTrue(!new ProjectDraft(null, null, null, null, null, null, null, 4).isEmpty());
        assertEquals(4, Fixtures.classification("x").overlay(new ProjectDraft(null, null, null, null, null, null, null, 4)).repetition());
    }
}
