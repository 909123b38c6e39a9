package io.quorum.workflow;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.StringJoiner;

/** Workflow JSON for tests: the contract's cat-then-box example, builders for larger shapes, and readers. */
public final class WorkflowJson {

    /** The contract's example: only samples answered "cat" go on to the box task. */
    public static final String CAT_THEN_BOX = """
            {"start": "classify",
             "nodes": [
              {"id": "classify", "type": "task", "taskType": "single_choice", "question": "Which animal?", "options": ["cat", "dog"], "instruction": "", "repetition": 3, "maxRepetition": 5},
              {"id": "box-cat", "type": "task", "taskType": "rectangle_frame_select", "objectMarked": "cat", "repetition": 3},
              {"id": "cat-done", "type": "completion"},
              {"id": "other-done", "type": "completion"}],
             "edges": [
              {"from": "classify", "to": "box-cat", "when": "cat"},
              {"from": "classify", "to": "other-done"},
              {"from": "box-cat", "to": "cat-done"}]}
            """;

    private WorkflowJson() {
    }

    public static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Workflow read(String json) {
        return WorkflowCodec.read(parse(json), ProjectType.IMAGE_CLASSIFICATION);
    }

    public static List<String> problems(String json) {
        return problems(json, ProjectType.IMAGE_CLASSIFICATION);
    }

    public static List<String> problems(String json, ProjectType type) {
        return assertThrows(InvalidWorkflowException.class, () -> WorkflowCodec.read(parse(json), type)).problems();
    }

    public static String choice(String id, String... options) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        for (String option : options) {
            list.add("\"" + option + "\"");
        }
        return "{\"id\": \"" + id + "\", \"type\": \"task\", \"taskType\": \"single_choice\", \"question\": \"which?\", \"options\": " + list + "}";
    }

    public static String completion(String id) {
        return "{\"id\": \"" + id + "\", \"type\": \"completion\"}";
    }

    public static String edge(String from, String to) {
        return "{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}";
    }

    public static String edge(String from, String to, String when) {
        return "{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"when\": \"" + when + "\"}";
    }

    public static String workflow(String start, List<String> nodes, List<String> edges) {
        return "{\"start\": \"" + start + "\", \"nodes\": [" + String.join(", ", nodes) + "], \"edges\": [" + String.join(", ", edges) + "]}";
    }

    /**
     * A chain of {@code splits} binary single_choice nodes: "stop" ends the sample at one shared
     * completion node, "go" moves to the next split; the last split sends both answers to the end.
     * That is {@code splits + 1} branches on {@code splits + 1} nodes.
     */
    public static String chainOfSplits(int splits) {
        List<String> nodes = new java.util.ArrayList<>();
        List<String> edges = new java.util.ArrayList<>();
        for (int i = 1; i <= splits; i++) {
            nodes.add(choice("s" + i, "go", "stop"));
            edges.add(edge("s" + i, "end", "stop"));
            edges.add(edge("s" + i, i == splits ? "end" : "s" + (i + 1), "go"));
        }
        nodes.add(completion("end"));
        return workflow("s1", nodes, edges);
    }
}
