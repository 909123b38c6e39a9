package io.quorum.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import io.quorum.workflow.WorkflowDraft.EdgeDraft;
import io.quorum.workflow.WorkflowDraft.NodeDraft;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The workflow JSON of setWorkflow and retrieveWorkflow (and of the stored project item):
 * <pre>
 * {"start": "classify",
 *  "nodes": [{"id": "classify", "type": "task", "taskType": "single_choice", "question": "Which animal?",
 *             "options": ["cat", "dog"], "instruction": "", "repetition": 3, "maxRepetition": 5},
 *            {"id": "done", "type": "completion"}],
 *  "edges": [{"from": "classify", "to": "done"}]}
 * </pre>
 * Reading is strict: an unknown field, or a field of the wrong JSON type, is a problem, reported
 * together with every rule of {@link WorkflowValidator} the workflow breaks. JSON {@code null} counts
 * as absent, as it does for request params.
 */
public final class WorkflowCodec {

    private static final Set<String> WORKFLOW_FIELDS = Set.of("start", "nodes", "edges");
    private static final Set<String> TASK_FIELDS = Set.of("id", "type", "taskType", "question", "options", "objectMarked",
            "instruction", "repetition", "maxRepetition");
    private static final Set<String> COMPLETION_FIELDS = Set.of("id", "type");
    private static final Set<String> EDGE_FIELDS = Set.of("from", "to", "when");

    private WorkflowCodec() {
    }

    /**
     * The workflow {@code json} declares for a project of {@code projectType}.
     *
     * @throws InvalidWorkflowException listing every problem when it is not a valid workflow
     */
    public static Workflow read(JsonNode json, ProjectType projectType) {
        if (json == null || !json.isObject()) {
            throw new InvalidWorkflowException(List.of("the workflow must be a JSON object with start, nodes and edges"));
        }
        Reader reader = new Reader();
        WorkflowDraft draft = reader.workflow(json);
        return WorkflowValidator.build(draft, reader.problems, projectType);
    }

    /** A workflow written by {@link #toJson}, e.g. read back from storage. */
    public static Workflow fromJson(String json, ProjectType projectType) {
        try {
            return read(Json.MAPPER.readTree(json), projectType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a stored workflow is not JSON", e);
        }
    }

    public static String toJson(Workflow workflow) {
        return write(workflow).toString();
    }

    /** The canonical form: defaults written out, and only the fields that belong to each node's task type. */
    public static ObjectNode write(Workflow workflow) {
        ObjectNode json = Json.object();
        json.put("start", workflow.startNodeId());
        ArrayNode nodes = json.putArray("nodes");
        for (WorkflowNode node : workflow.nodes()) {
            ObjectNode written = nodes.addObject();
            written.put("id", node.id());
            if (node instanceof TaskNode task) {
                written.put("type", NodeDraft.TASK);
                written.put("taskType", task.taskType().wireName());
                if (task.taskType().kind() == TaskKind.CLASSIFICATION) {
                    written.put("question", task.question());
                    ArrayNode options = written.putArray("options");
                    task.options().forEach(options::add);
                } else {
                    if (!task.question().isEmpty()) {
                        written.put("question", task.question());
                    }
                    written.put("objectMarked", task.objectMarked());
                }
                written.put("instruction", task.instruction());
                written.put("repetition", task.repetition());
                written.put("maxRepetition", task.maxRepetition());
            } else {
                written.put("type", NodeDraft.COMPLETION);
            }
        }
        ArrayNode edges = json.putArray("edges");
        for (Edge edge : workflow.edges()) {
            ObjectNode written = edges.addObject();
            written.put("from", edge.from());
            written.put("to", edge.to());
            edge.when().ifPresent(when -> written.put("when", when));
        }
        return json;
    }

    /** One reading: the draft it builds and the problems it meets on the way. */
    private static final class Reader {

        private final List<String> problems = new ArrayList<>();

        WorkflowDraft workflow(JsonNode json) {
            unknownFields(json, WORKFLOW_FIELDS, field -> "the workflow has an unknown field \"" + field + "\"; it takes start, nodes and edges");
            Set<String> unreadable = new HashSet<>();
            String start = string(json, "start", "the workflow", unreadable);
            List<NodeDraft> nodes = new ArrayList<>();
            List<JsonNode> nodeJson = objects(json, "nodes", "a list of task and completion nodes", unreadable);
            for (int i = 0; i < nodeJson.size(); i++) {
                if (nodeJson.get(i) != null) {
                    nodes.add(node(i, nodeJson.get(i)));
                }
            }
            List<EdgeDraft> edges = new ArrayList<>();
            List<JsonNode> edgeJson = objects(json, "edges", "a list of {\"from\", \"to\", \"when\"} objects", unreadable);
            for (int i = 0; i < edgeJson.size(); i++) {
                if (edgeJson.get(i) != null) {
                    edges.add(edge(i, edgeJson.get(i)));
                }
            }
            return new WorkflowDraft(start, nodes, edges, unreadable);
        }

        /** The list's elements; an element that is not an object is reported and left as null. */
        private List<JsonNode> objects(JsonNode json, String field, String expected, Set<String> unreadable) {
            JsonNode value = present(json, field);
            if (value == null) {
                problems.add("the workflow needs " + field + ": " + expected);
                unreadable.add(field);
                return List.of();
            }
            if (!value.isArray()) {
                problems.add(field + " must be " + expected);
                unreadable.add(field);
                return List.of();
            }
            List<JsonNode> elements = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (element.isObject()) {
                    elements.add(element);
                } else {
                    problems.add(field + "[" + i + "] must be an object");
                    elements.add(null);
                }
            }
            return elements;
        }

        private NodeDraft node(int index, JsonNode json) {
            Set<String> unreadable = new HashSet<>();
            String id = string(json, "id", "nodes[" + index + "]", unreadable);
            String where = WorkflowDraft.nodeLabel(index, id);
            String type = string(json, "type", where, unreadable);
            if (NodeDraft.COMPLETION.equals(type)) {
                unknownFields(json, COMPLETION_FIELDS, field -> "completion " + where + " takes only id and type, not \"" + field + "\"");
                return new NodeDraft(index, id, type, null, null, null, null, null, null, null, unreadable);
            }
            if (!NodeDraft.TASK.equals(type)) {
                // The validator reports the type; other fields cannot be judged without it.
                return new NodeDraft(index, id, type, null, null, null, null, null, null, null, unreadable);
            }
            unknownFields(json, TASK_FIELDS, field -> where + " has an unknown field \"" + field + "\"");
            return new NodeDraft(index, id, type,
                    string(json, "taskType", where, unreadable),
                    string(json, "question", where, unreadable),
                    strings(json, "options", where, unreadable),
                    string(json, "objectMarked", where, unreadable),
                    string(json, "instruction", where, unreadable),
                    integer(json, "repetition", where, unreadable),
                    integer(json, "maxRepetition", where, unreadable),
                    unreadable);
        }

        private EdgeDraft edge(int index, JsonNode json) {
            String where = "edges[" + index + "]";
            unknownFields(json, EDGE_FIELDS, field -> where + " has an unknown field \"" + field + "\"; an edge takes from, to and when");
            Set<String> unreadable = new HashSet<>();
            return new EdgeDraft(index, string(json, "from", where, unreadable), string(json, "to", where, unreadable),
                    string(json, "when", where, unreadable), unreadable);
        }

        private String string(JsonNode json, String field, String where, Set<String> unreadable) {
            JsonNode value = present(json, field);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                problems.add(where + ": " + field + " must be a string");
                unreadable.add(field);
                return null;
            }
            return value.textValue();
        }

        private Integer integer(JsonNode json, String field, String where, Set<String> unreadable) {
            JsonNode value = present(json, field);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                problems.add(where + ": " + field + " must be a whole number");
                unreadable.add(field);
                return null;
            }
            return value.intValue();
        }

        private List<String> strings(JsonNode json, String field, String where, Set<String> unreadable) {
            JsonNode value = present(json, field);
            if (value == null) {
                return null;
            }
            if (!value.isArray()) {
                problems.add(where + ": " + field + " must be a list of strings");
                unreadable.add(field);
                return null;
            }
            List<String> strings = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    problems.add(where + ": " + field + "[" + i + "] must be a string");
                    unreadable.add(field);
                    return null;
                }
                strings.add(value.get(i).textValue());
            }
            return strings;
        }

        private void unknownFields(JsonNode json, Set<String> known, Function<String, String> problem) {
            Iterator<String> names = json.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    problems.add(problem.apply(WorkflowDraft.shown(name)));
                }
            }
        }

        private static JsonNode present(JsonNode json, String field) {
            JsonNode value = json.get(field);
            return value == null || value.isNull() ? null : value;
        }
    }
}
