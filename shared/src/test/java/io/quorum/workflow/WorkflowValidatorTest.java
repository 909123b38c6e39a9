package io.quorum.workflow;

import static io.quorum.workflow.WorkflowJson.CAT_THEN_BOX;
import static io.quorum.workflow.WorkflowJson.chainOfSplits;
import static io.quorum.workflow.WorkflowJson.choice;
import static io.quorum.workflow.WorkflowJson.completion;
import static io.quorum.workflow.WorkflowJson.edge;
import static io.quorum.workflow.WorkflowJson.problems;
import static io.quorum.workflow.WorkflowJson.read;
import static io.quorum.workflow.WorkflowJson.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.Failure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowValidatorTest {

    private static void assertProblem(List<String> problems, String... fragments) {
        assertTrue(problems.stream().anyMatch(problem -> List.of(fragments).stream().allMatch(problem::contains)),
                "expected a problem containing " + List.of(fragments) + " in " + problems);
    }

    @Test
    void theCatThenBoxExampleIsValid() {
        Workflow workflow = read(CAT_THEN_BOX);
        assertEquals("classify", workflow.startNodeId());
        assertEquals(4, workflow.nodes().size());
        assertTrue(workflow.isCompletion("cat-done"));
        assertEquals(5, workflow.taskNode("classify").orElseThrow().maxRepetition());
    }

    @Test
    void theExampleRunsOnEveryImageProjectType() {
        for (ProjectType type : new ProjectType[] {ProjectType.IMAGE_CLASSIFICATION, ProjectType.IMAGE_STROKE,
                ProjectType.IMAGE_RECTANGLE_FRAME_SELECT}) {
            WorkflowCodec.read(WorkflowJson.parse(CAT_THEN_BOX), type);
        }
    }

    @Test
    void everyProblemIsListedAtOnceAndTheRefusalIsCode33() {
        String broken = """
                {"start": "classify",
                 "nodes": [
                  {"id": "classify", "type": "task", "taskType": "single_choice", "question": "Which animal?", "options": ["cat", "dog"], "repetition": 20},
                  {"id": "box-cat", "type": "task", "taskType": "rectangle_frame_select"},
                  {"id": "orphan", "type": "completion"},
                  {"id": "cat-done", "type": "completion"}],
                 "edges": [
                  {"from": "classify", "to": "box-cat", "when": "bird"},
                  {"from": "box-cat", "to": "cat-done"},
                  {"from": "cat-done", "to": "box-cat"}]}
                """;
        InvalidWorkflowException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidWorkflowException.class,
                () -> read(broken));
        List<String> problems = refused.problems();
        assertEquals(Failure.WORKFLOW_INVALID, refused.failure());
        assertEquals(String.join("; ", problems), refused.detail());
        assertProblem(problems, "node \"classify\"", "repetition must be between 1 and 15, not 20");
        assertProblem(problems, "node \"box-cat\"", "needs objectMarked");
        assertProblem(problems, "edges[0]", "\"bird\" is not an option of node \"classify\"");
        assertProblem(problems, "edges[2]", "leaves completion node \"cat-done\"");
        assertProblem(problems, "node \"classify\"", "no edge for the answer \"cat\", \"dog\"");
        assertProblem(problems, "node \"orphan\" cannot be reached");
        assertEquals(6, problems.size(), problems.toString());
    }

    @Test
    void idsMustBeWellFormedAndUnique() {
        List<String> problems = problems(workflow("a", List.of(choice("a", "x", "y"), choice("a", "x", "y"), completion("bad id!"),
                completion(""), completion("x".repeat(65)), completion("done")), List.of(edge("a", "done"))));
        assertProblem(problems, "node id \"a\" is used by nodes[0], nodes[1]");
        assertProblem(problems, "nodes[2] has id \"bad id!\"");
        assertProblem(problems, "nodes[3] has id \"\"");
        assertProblem(problems, "nodes[4] has id \"" + "x".repeat(64) + "...\"");
    }

    @Test
    void startMustNameATaskNode() {
        assertProblem(problems(workflow("done", List.of(choice("a", "x", "y"), completion("done")), List.of(edge("a", "done")))),
                "start names completion node \"done\"");
        assertProblem(problems(workflow("nowhere", List.of(choice("a", "x", "y"), completion("done")), List.of(edge("a", "done")))),
                "start names node \"nowhere\", which does not exist");
        assertProblem(problems("{\"nodes\": [" + choice("a", "x", "y") + ", " + completion("done") + "], \"edges\": [" + edge("a", "done") + "]}"),
                "the workflow needs a start");
    }

    @Test
    void taskFieldsFollowTheTaskType() {
        List<String> problems = problems("""
                {"start": "pick",
                 "nodes": [
                  {"id": "pick", "type": "task", "taskType": "multiple_choice", "options": ["a", "a", " "], "objectMarked": "car"},
                  {"id": "one", "type": "task", "taskType": "single_choice", "question": "q", "options": ["only"]},
                  {"id": "mark", "type": "task", "taskType": "stroke", "options": ["a", "b"]},
                  {"id": "odd", "type": "task", "taskType": "polygon"},
                  {"id": "what", "type": "diamond"},
                  {"id": "done", "type": "completion"}],
                 "edges": [{"from": "pick", "to": "one"}, {"from": "one", "to": "mark"}, {"from": "mark", "to": "done"}]}
                """);
        assertProblem(problems, "node \"pick\" (multiple_choice) needs a question");
        assertProblem(problems, "node \"pick\" (multiple_choice) takes no objectMarked");
        assertProblem(problems, "node \"pick\"", "lists option \"a\" more than once");
        assertProblem(problems, "node \"pick\"", "has a blank option");
        assertProblem(problems, "node \"one\" (single_choice) needs 2 to 100 options, not 1");
        assertProblem(problems, "node \"mark\" (stroke) needs objectMarked");
        assertProblem(problems, "node \"mark\" (stroke) takes no options");
        assertProblem(problems, "node \"odd\" has taskType \"polygon\"");
        assertProblem(problems, "node \"what\" has type \"diamond\"");
    }

    @Test
    void repetitionIsOneToFifteenAndMaxRepetitionFromRepetitionToFifteen() {
        String template = "{\"start\": \"a\", \"nodes\": [{\"id\": \"a\", \"type\": \"task\", \"taskType\": \"free_point\", \"objectMarked\": \"eye\"%s}, "
                + completion("done") + "], \"edges\": [" + edge("a", "done") + "]}";
        assertProblem(problems(template.formatted(", \"repetition\": 0")), "repetition must be between 1 and 15, not 0");
        assertProblem(problems(template.formatted(", \"repetition\": 16")), "repetition must be between 1 and 15, not 16");
        assertProblem(problems(template.formatted(", \"repetition\": 5, \"maxRepetition\": 4")),
                "maxRepetition must be between its repetition (5) and 15, not 4");
        assertProblem(problems(template.formatted(", \"maxRepetition\": 16")), "maxRepetition must be between its repetition (3) and 15");
        TaskNode defaults = read(template.formatted("")).taskNode("a").orElseThrow();
        assertEquals(3, defaults.repetition());
        assertEquals(5, defaults.maxRepetition());
        assertEquals(15, read(template.formatted(", \"repetition\": 14")).taskNode("a").orElseThrow().maxRepetition());
        assertEquals(1, read(template.formatted(", \"repetition\": 1, \"maxRepetition\": 1")).taskNode("a").orElseThrow().maxRepetition());
    }

    @Test
    void textProjectsTakeClassificationTasksOnly() {
        List<String> problems = problems(CAT_THEN_BOX, ProjectType.TEXT_CLASSIFICATION);
        assertEquals(1, problems.size(), problems.toString());
        assertProblem(problems, "node \"box-cat\" (rectangle_frame_select) marks objects in images", "text_classification");
    }

    @Test
    void edgesJoinExistingNodesWithoutLoopingOnOne() {
        List<String> problems = problems(workflow("a", List.of(choice("a", "x", "y"), completion("done")),
                List.of(edge("a", "done"), edge("a", "a", "x"), edge("ghost", "done"), edge("a", "nowhere", "y"))));
        assertProblem(problems, "edges[1] (a -> a when \"x\") leads from node \"a\" back to itself");
        assertProblem(problems, "edges[2] (ghost -> done) leaves node \"ghost\", which does not exist");
        assertProblem(problems, "edges[3] (a -> nowhere when \"y\") leads to node \"nowhere\", which does not exist");
    }

    @Test
    void completionNodesHaveNoOutgoingEdges() {
        List<String> problems = problems(workflow("a", List.of(choice("a", "x", "y"), completion("done"), completion("after")),
                List.of(edge("a", "done", "x"), edge("a", "after", "y"), edge("done", "after"))));
        assertEquals(List.of("edges[2] (done -> after) leaves completion node \"done\"; a branch ends at its completion node, "
                + "so completion nodes have no outgoing edges"), problems);
    }

    @Test
    void whenMustNameAnOptionOfAChoiceNode() {
        String frame = "{\"id\": \"box\", \"type\": \"task\", \"taskType\": \"rectangle_frame_select\", \"objectMarked\": \"cat\"}";
        List<String> problems = problems(workflow("a", List.of(choice("a", "cat", "dog"), frame, completion("done")),
                List.of(edge("a", "box", "bird"), edge("a", "box"), edge("box", "done", "cat"), edge("box", "done"))));
        assertProblem(problems, "edges[0] (a -> box when \"bird\"): \"bird\" is not an option of node \"a\"");
        assertProblem(problems, "edges[2] (box -> done when \"cat\") has a \"when\", but node \"box\" is rectangle_frame_select");
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void aNodeHasOneFallbackAndNoConditionTwice() {
        List<String> problems = problems(workflow("a", List.of(choice("a", "cat", "dog"), completion("d1"), completion("d2")),
                List.of(edge("a", "d1", "cat"), edge("a", "d2", "cat"), edge("a", "d1"), edge("a", "d2"))));
        assertProblem(problems, "edges[1] (a -> d2 when \"cat\") repeats the \"when\" \"cat\" of edges[0]");
        assertProblem(problems, "node \"a\" has more than one edge without \"when\" (edges[2], edges[3])");
    }

    @Test
    void everyOutcomeNeedsAWayForward() {
        String pick = "{\"id\": \"pick\", \"type\": \"task\", \"taskType\": \"multiple_choice\", \"question\": \"q\", \"options\": [\"a\", \"b\"]}";
        List<String> problems = problems(workflow("s", List.of(choice("s", "cat", "dog", "cow"), pick, choice("dead", "x", "y"), completion("done")),
                List.of(edge("s", "pick", "cat"), edge("s", "dead", "dog"), edge("pick", "done", "a"), edge("pick", "done", "b"))));
        assertProblem(problems, "node \"s\" has no edge for the answer \"cow\" and no edge without \"when\"");
        assertProblem(problems, "node \"pick\" (multiple_choice) needs an edge without \"when\"");
        assertProblem(problems, "node \"dead\" has no outgoing edge, so its branch ends without a completion node");
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void singleChoiceEdgesCoveringEveryOptionNeedNoFallback() {
        Workflow workflow = read(workflow("s", List.of(choice("s", "cat", "dog"), completion("c"), completion("d")),
                List.of(edge("s", "c", "cat"), edge("s", "d", "dog"))));
        assertEquals(2, workflow.outgoing("s").size());
    }

    @Test
    void cyclesAreFoundAndNamed() {
        List<String> problems = problems(workflow("a", List.of(choice("a", "x", "y"), choice("b", "x", "y"), choice("c", "x", "y"), completion("done")),
                List.of(edge("a", "b"), edge("b", "c", "x"), edge("b", "done"), edge("c", "a"))));
        assertEquals(List.of("nodes \"a\" -> \"b\" -> \"c\" -> \"a\" form a cycle; every path must lead on to a completion node"), problems);
    }

    @Test
    void unreachableNodesAreNamed() {
        List<String> problems = problems(workflow("a", List.of(choice("a", "x", "y"), choice("island", "x", "y"), completion("done"), completion("spare")),
                List.of(edge("a", "done"), edge("island", "spare"))));
        assertEquals(List.of("node \"island\" cannot be reached from the start node \"a\"",
                "node \"spare\" cannot be reached from the start node \"a\""), problems);
    }

    @Test
    void ninetyNineBranchesAreAllowedAndAHundredAreNot() {
        Workflow ninetyNine = read(chainOfSplits(98));
        assertEquals(99, ninetyNine.nodes().size());
        List<String> problems = problems(chainOfSplits(99));
        assertEquals(List.of("the workflow has 100 branches (paths from the start to a completion node); at most 99 are allowed"), problems);
    }

    @Test
    void branchesMultiplyThroughSharedNodes() {
        // Three answers into "mid", then four answers to the end: twelve branches.
        String mid = choice("mid", "1", "2", "3", "4");
        List<String> edges = new ArrayList<>(List.of(edge("s", "mid", "a"), edge("s", "mid", "b"), edge("s", "mid", "c")));
        for (String option : List.of("1", "2", "3", "4")) {
            edges.add(edge("mid", "end", option));
        }
        read(workflow("s", List.of(choice("s", "a", "b", "c"), mid, completion("end")), edges));
        // Eleven such stages are 3^11 branches: far above the limit, counted without overflow.
        List<String> nodes = new ArrayList<>();
        List<String> stageEdges = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            nodes.add(choice("n" + i, "a", "b", "c"));
            for (String option : List.of("a", "b", "c")) {
                stageEdges.add(edge("n" + i, i == 10 ? "end" : "n" + (i + 1), option));
            }
        }
        nodes.add(completion("end"));
        assertProblem(problems(workflow("n0", nodes, stageEdges)), "the workflow has 177147 branches");
    }

    @Test
    void atMostAHundredNodes() {
        List<String> nodes = new ArrayList<>(List.of(choice("a", "x", "y")));
        List<String> edges = new ArrayList<>(List.of(edge("a", "c0")));
        for (int i = 0; i < 100; i++) {
            nodes.add(completion("c" + i));
        }
        assertProblem(problems(workflow("a", nodes, edges)), "the workflow has 101 nodes; at most 100 are allowed");
    }

    @Test
    void aWorkflowNeedsNodesAndACompletionNode() {
        assertProblem(problems("{\"start\": \"a\", \"nodes\": [], \"edges\": []}"), "the workflow has no nodes");
        assertProblem(problems(workflow("a", List.of(choice("a", "x", "y"), choice("b", "x", "y")), List.of(edge("a", "b")))),
                "the workflow has no completion node");
    }

    @Test
    void problemsOnAnotherProjectTypeAreThoseOfTheTaskTypes() {
        Workflow workflow = read(CAT_THEN_BOX);
        assertEquals(List.of(), workflow.problemsOn(ProjectType.IMAGE_STROKE));
        assertEquals(1, WorkflowValidator.problems(workflow, ProjectType.TEXT_CLASSIFICATION).size());
    }

    @Test
    void workflowsBuiltFromRecordsAreValidatedToo() {
        TaskNode classify = new TaskNode("classify", io.quorum.workflow.TaskType.SINGLE_CHOICE, "which?", List.of("cat", "dog"), null, null, 3, 5);
        Workflow workflow = Workflow.validated("classify", List.of(classify, new CompletionNode("done")),
                List.of(new Edge("classify", "done")), ProjectType.TEXT_CLASSIFICATION);
        assertEquals("done", workflow.next("classify", WorkflowJson.parse("{\"choice\": \"cat\"}")));
        InvalidWorkflowException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidWorkflowException.class, () ->
                Workflow.validated("classify", List.of(classify, new CompletionNode("done")), List.of(), ProjectType.TEXT_CLASSIFICATION));
        assertProblem(refused.problems(), "node \"classify\" has no outgoing edge");
    }
}
