package io.quorum.workflow;

import static io.quorum.workflow.WorkflowJson.CAT_THEN_BOX;
import static io.quorum.workflow.WorkflowJson.parse;
import static io.quorum.workflow.WorkflowJson.problems;
import static io.quorum.workflow.WorkflowJson.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowCodecTest {

    @Test
    void writingAndReadingBackGivesTheSameWorkflow() {
        Workflow workflow = read(CAT_THEN_BOX);
        assertEquals(workflow, WorkflowCodec.fromJson(WorkflowCodec.toJson(workflow), ProjectType.IMAGE_CLASSIFICATION));
    }

    @Test
    void theWrittenFormSpellsOutDefaultsAndOnlyTheFieldsOfEachTaskType() {
        JsonNode written = WorkflowCodec.write(read(CAT_THEN_BOX));
        assertEquals(parse("""
                {"id": "box-cat", "type": "task", "taskType": "rectangle_frame_select", "objectMarked": "cat", "instruction": "",
                 "repetition": 3, "maxRepetition": 5}"""), written.get("nodes").get(1));
        assertEquals(parse("""
                {"id": "classify", "type": "task", "taskType": "single_choice", "question": "Which animal?", "options": ["cat", "dog"],
                 "instruction": "", "repetition": 3, "maxRepetition": 5}"""), written.get("nodes").get(0));
        assertEquals(parse("{\"id\": \"cat-done\", \"type\": \"completion\"}"), written.get("nodes").get(2));
        assertEquals(parse("{\"from\": \"classify\", \"to\": \"box-cat\", \"when\": \"cat\"}"), written.get("edges").get(0));
        assertFalse(written.get("edges").get(1).has("when"));
    }

    @Test
    void unknownFieldsAreProblems() {
        List<String> problems = problems(CAT_THEN_BOX.replace("\"start\": \"classify\",", "\"start\": \"classify\", \"name\": \"x\",")
                .replace("{\"id\": \"cat-done\", \"type\": \"completion\"}", "{\"id\": \"cat-done\", \"type\": \"completion\", \"taskType\": \"stroke\"}")
                .replace("\"objectMarked\": \"cat\",", "\"objectMarked\": \"cat\", \"colour\": \"red\",")
                .replace("{\"from\": \"box-cat\", \"to\": \"cat-done\"}", "{\"from\": \"box-cat\", \"to\": \"cat-done\", \"label\": \"x\"}"));
        assertEquals(List.of(
                "the workflow has an unknown field \"name\"; it takes start, nodes and edges",
                "node \"box-cat\" has an unknown field \"colour\"",
                "completion node \"cat-done\" takes only id and type, not \"taskType\"",
                "edges[2] has an unknown field \"label\"; an edge takes from, to and when"), problems);
    }

    @Test
    void wrongTypedFieldsAreProblemsAndNotAlsoReportedAsMissing() {
        List<String> problems = problems(CAT_THEN_BOX.replace("\"question\": \"Which animal?\"", "\"question\": 7")
                .replace("\"repetition\": 3, \"maxRepetition\": 5", "\"repetition\": \"3\", \"maxRepetition\": 2.5")
                .replace("\"objectMarked\": \"cat\"", "\"objectMarked\": [\"cat\"]")
                .replace("{\"from\": \"box-cat\", \"to\": \"cat-done\"}", "{\"from\": \"box-cat\", \"to\": 3}"));
        assertEquals(List.of(
                "node \"classify\": question must be a string",
                "node \"classify\": repetition must be a whole number",
                "node \"classify\": maxRepetition must be a whole number",
                "node \"box-cat\": objectMarked must be a string",
                "edges[2]: to must be a string"), problems);
    }

    @Test
    void optionsAreAListOfStrings() {
        assertEquals(List.of("node \"classify\": options[1] must be a string"),
                problems(CAT_THEN_BOX.replace("[\"cat\", \"dog\"]", "[\"cat\", {\"value\": \"dog\"}]")));
        assertEquals(List.of("node \"classify\": options must be a list of strings"),
                problems(CAT_THEN_BOX.replace("[\"cat\", \"dog\"]", "\"cat,dog\"")));
    }

    @Test
    void missingAndMalformedListsAreProblems() {
        assertTrue(problems("{\"start\": \"a\", \"edges\": []}").contains("the workflow needs nodes: a list of task and completion nodes"));
        List<String> problems = problems("{\"start\": \"a\", \"nodes\": [\"a\", {\"id\": \"a\", \"type\": \"completion\"}], \"edges\": {}}");
        assertTrue(problems.contains("nodes[0] must be an object"), problems.toString());
        assertTrue(problems.contains("edges must be a list of {\"from\", \"to\", \"when\"} objects"), problems.toString());
        assertEquals(List.of("the workflow must be a JSON object with start, nodes and edges"), problems("[]"));
    }

    @Test
    void nullCountsAsAbsent() {
        Workflow workflow = read(CAT_THEN_BOX.replace("\"instruction\": \"\"", "\"instruction\": null")
                .replace("{\"from\": \"classify\", \"to\": \"other-done\"}", "{\"from\": \"classify\", \"to\": \"other-done\", \"when\": null}"));
        assertEquals("", workflow.taskNode("classify").orElseThrow().instruction());
        assertFalse(workflow.edges().get(1).isConditional());
    }

    @Test
    void readingAndValidationProblemsComeTogether() {
        List<String> problems = problems(CAT_THEN_BOX.replace("\"repetition\": 3, \"maxRepetition\": 5", "\"repetition\": \"three\"")
                .replace("\"when\": \"cat\"", "\"when\": \"bird\""));
        assertEquals(List.of("node \"classify\": repetition must be a whole number",
                "edges[0] (classify -> box-cat when \"bird\"): \"bird\" is not an option of node \"classify\""), problems);
    }
}
