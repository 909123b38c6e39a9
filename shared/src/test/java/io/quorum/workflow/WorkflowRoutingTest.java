package io.quorum.workflow;

import static io.quorum.workflow.WorkflowJson.CAT_THEN_BOX;
import static io.quorum.workflow.WorkflowJson.choice;
import static io.quorum.workflow.WorkflowJson.completion;
import static io.quorum.workflow.WorkflowJson.edge;
import static io.quorum.workflow.WorkflowJson.parse;
import static io.quorum.workflow.WorkflowJson.read;
import static io.quorum.workflow.WorkflowJson.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.auth.UserId;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectSpec;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowRoutingTest {

    @Test
    void onlyCatsGoOnToTheBoxTask() {
        Workflow workflow = read(CAT_THEN_BOX);
        assertEquals("box-cat", workflow.next("classify", parse("{\"choice\": \"cat\"}")));
        assertEquals("other-done", workflow.next("classify", parse("{\"choice\": \"dog\"}")));
        assertEquals("cat-done", workflow.next("box-cat", parse("{\"boxes\": []}")));
        assertTrue(workflow.isCompletion("cat-done"));
        assertFalse(workflow.isCompletion("box-cat"));
    }

    @Test
    void theFirstMatchingEdgeInDeclaredOrderWins() {
        String pick = "{\"id\": \"pick\", \"type\": \"task\", \"taskType\": \"multiple_choice\", \"question\": \"q\", \"options\": [\"cat\", \"dog\", \"cow\"]}";
        Workflow workflow = read(workflow("pick", List.of(pick, completion("dogs"), completion("cats"), completion("rest")),
                List.of(edge("pick", "dogs", "dog"), edge("pick", "rest"), edge("pick", "cats", "cat"))));
        assertEquals("dogs", workflow.next("pick", parse("{\"choices\": [\"cat\", \"dog\"]}")), "contains dog; dog's edge comes first");
        assertEquals("cats", workflow.next("pick", parse("{\"choices\": [\"cat\"]}")), "the fallback is taken only when nothing matches");
        assertEquals("rest", workflow.next("pick", parse("{\"choices\": [\"cow\"]}")));
        assertEquals("rest", workflow.next("pick", parse("{\"choices\": []}")));
    }

    @Test
    void singleChoiceWithEveryOptionCoveredRoutesEachAnswer() {
        Workflow workflow = read(workflow("s", List.of(choice("s", "cat", "dog"), completion("c"), completion("d")),
                List.of(edge("s", "c", "cat"), edge("s", "d", "dog"))));
        assertEquals("c", workflow.next("s", parse("{\"choice\": \"cat\"}")));
        assertEquals("d", workflow.next("s", parse("{\"choice\": \"dog\"}")));
        assertThrows(IllegalArgumentException.class, () -> workflow.next("s", parse("{\"choice\": \"cow\"}")));
    }

    @Test
    void onlyTaskNodesRoute() {
        Workflow workflow = read(CAT_THEN_BOX);
        assertThrows(IllegalArgumentException.class, () -> workflow.next("cat-done", parse("{}")));
        assertThrows(IllegalArgumentException.class, () -> workflow.next("nowhere", parse("{}")));
        assertTrue(workflow.taskNode("cat-done").isEmpty());
    }

    @Test
    void theDerivedWorkflowIsOneTaskNodeThenDone() {
        ProjectSpec spec = new ProjectSpec("cats", ProjectType.IMAGE_CLASSIFICATION, TaskType.SINGLE_CHOICE, "look", "cat or dog?",
                null, List.of("cat", "dog"), 7);
        Workflow workflow = spec.derivedWorkflow(7);
        assertEquals("label", workflow.startNodeId());
        TaskNode label = workflow.taskNode("label").orElseThrow();
        assertEquals(new TaskNode("label", TaskType.SINGLE_CHOICE, "cat or dog?", List.of("cat", "dog"), "", "look", 7, 9), label);
        assertEquals("done", workflow.next("label", parse("{\"choice\": \"dog\"}")));
        assertTrue(workflow.isCompletion("done"));
        assertEquals(List.of(), workflow.problemsOn(ProjectType.IMAGE_CLASSIFICATION));
        assertEquals(15, spec.derivedWorkflow(15).taskNode("label").orElseThrow().maxRepetition());
    }

    @Test
    void aProjectRunsItsCustomWorkflowOrTheOneItsSpecImplies() {
        ProjectSpec spec = new ProjectSpec("cats", ProjectType.IMAGE_CLASSIFICATION, TaskType.SINGLE_CHOICE, "", "cat or dog?",
                null, List.of("cat", "dog"), 4);
        Project project = Project.newProject(new ProjectId("p1_abcdefgh"), new UserId("U_10BF4B46DD4811EA93476C96CFDDE73D"), spec,
                Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(spec.derivedWorkflow(4), project.workflow());
        Workflow custom = read(CAT_THEN_BOX);
        assertEquals(custom, project.withWorkflow(custom, Instant.parse("2026-01-01T00:01:00Z")).workflow());
    }
}
