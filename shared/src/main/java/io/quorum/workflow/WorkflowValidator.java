package io.quorum.workflow;

import io.quorum.workflow.WorkflowDraft.EdgeDraft;
import io.quorum.workflow.WorkflowDraft.NodeDraft;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every rule a workflow must follow, checked all at once so that a client sees every problem in one
 * answer, each a sentence that names the node or edge at fault:
 * <ul>
 * <li>node ids are 1 to 64 letters, digits, '_' or '-', unique; at most {@value #MAX_NODES} nodes;</li>
 * <li>{@code start} names a task node;</li>
 * <li>task nodes carry the fields of their task type, repetition 1..15 and maxRepetition
 * repetition..15, and a task type the project's resources can be labeled with;</li>
 * <li>edges leave a task node for another existing node; {@code when} only on choice nodes and
 * naming one of their options; one fallback edge per node at most; no condition twice;</li>
 * <li>every outcome of every task node has a way forward, no cycle, every node reachable, and
 * 1 to {@value #MAX_BRANCHES} branches (paths from the start to a completion node).</li>
 * </ul>
 */
public final class WorkflowValidator {

    public static final int MAX_NODES = 100;
    public static final int MAX_BRANCHES = 99;
    public static final int MAX_ID = 64;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_ID + "}");
    private static final String TASK_TYPES = Arrays.stream(TaskType.values()).map(TaskType::wireName).collect(Collectors.joining(", "));

    private WorkflowValidator() {
    }

    /** Node ids are short and safe to show anywhere: letters, digits, '_' and '-'. */
    public static boolean isWellFormedId(String id) {
        return ID.matcher(id).matches();
    }

    /** Why {@code workflow} cannot run on a project of {@code projectType}; empty when it can. */
    public static List<String> problems(Workflow workflow, ProjectType projectType) {
        return problems(WorkflowDraft.of(workflow), projectType);
    }

    static List<String> problems(WorkflowDraft draft, ProjectType projectType) {
        return new Check(draft, projectType).run();
    }

    /**
     * The workflow {@code draft} declares, or {@link InvalidWorkflowException} listing
     * {@code readingProblems} (what the JSON reader refused) and every rule the draft breaks.
     */
    static Workflow build(WorkflowDraft draft, List<String> readingProblems, ProjectType projectType) {
        List<String> problems = new ArrayList<>(readingProblems);
        problems.addAll(problems(draft, projectType));
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(problems);
        }
        List<WorkflowNode> nodes = draft.nodes().stream().map(WorkflowValidator::node).toList();
        List<Edge> edges = draft.edges().stream().map(edge -> new Edge(edge.from(), edge.to(), edge.condition())).toList();
        return new Workflow(draft.start(), nodes, edges);
    }

    private static WorkflowNode node(NodeDraft node) {
        if (NodeDraft.COMPLETION.equals(node.type())) {
            return new CompletionNode(node.id());
        }
        int repetition = node.repetition() == null ? TaskNode.DEFAULT_REPETITION : node.repetition();
        int maxRepetition = node.maxRepetition() == null ? TaskNode.defaultMaxRepetition(repetition) : node.maxRepetition();
        return new TaskNode(node.id(), TaskType.fromWire(node.taskType()).orElseThrow(), node.question(), node.options(),
                node.objectMarked(), node.instruction(), repetition, maxRepetition);
    }

    /** Frame selection marks objects in pictures: every resource the project labels must be one. */
    static boolean canLabel(ProjectType projectType, TaskType taskType) {
        return taskType.kind() == TaskKind.CLASSIFICATION || Arrays.stream(ResourceType.values())
                .filter(projectType::accepts)
                .allMatch(resource -> resource == ResourceType.IMAGE || resource == ResourceType.GRAPHIC);
    }

    /** One validation run: the draft, what has been learnt about it so far, and the problems found. */
    private static final class Check {

        private final WorkflowDraft draft;
        private final ProjectType projectType;
        private final List<String> problems = new ArrayList<>();
        /** The first node declared with each id: later duplicates are reported, not used. */
        private final Map<String, NodeDraft> nodesById = new LinkedHashMap<>();
        /** Task nodes whose task type is known, by id. */
        private final Map<String, TaskType> taskTypes = new LinkedHashMap<>();

        Check(WorkflowDraft draft, ProjectType projectType) {
            this.draft = draft;
            this.projectType = projectType;
        }

        List<String> run() {
            checkNodes();
            checkStart();
            List<EdgeDraft> graphEdges = checkEdges();
            checkWaysForward();
            boolean acyclic = checkCycles(graphEdges);
            // An edge whose ends could not be resolved may be the one that reaches a node: judge reachability without guessing.
            boolean everyEdgeResolved = draft.edges().stream().allMatch(edge -> nodesById.containsKey(edge.from()) && nodesById.containsKey(edge.to()));
            if (startIsTaskNode() && everyEdgeResolved) {
                checkReachable(graphEdges);
                if (acyclic) {
                    checkBranches(graphEdges);
                }
            }
            return problems;
        }

        // ---- nodes ------------------------------------------------------------------------------

        private void checkNodes() {
            List<NodeDraft> nodes = draft.nodes();
            if (nodes.size() > MAX_NODES) {
                problems.add("the workflow has " + nodes.size() + " nodes; at most " + MAX_NODES + " are allowed");
            }
            Map<String, List<Integer>> indexesById = new LinkedHashMap<>();
            boolean anyCompletion = false;
            for (NodeDraft node : nodes) {
                if (node.id() == null) {
                    if (!node.isUnreadable("id")) {
                        problems.add(label(node) + " needs an id");
                    }
                } else {
                    if (!ID.matcher(node.id()).matches()) {
                        problems.add(label(node) + " has id \"" + shown(node.id()) + "\"; an id is 1 to " + MAX_ID
                                + " letters, digits, '_' or '-'");
                    }
                    indexesById.computeIfAbsent(node.id(), id -> new ArrayList<>()).add(node.index());
                    nodesById.putIfAbsent(node.id(), node);
                }
                if (node.type() == null) {
                    if (!node.isUnreadable("type")) {
                        problems.add(label(node) + " needs a type: \"task\" or \"completion\"");
                    }
                } else if (NodeDraft.TASK.equals(node.type())) {
                    checkTask(node);
                } else if (NodeDraft.COMPLETION.equals(node.type())) {
                    anyCompletion = true;
                } else {
                    problems.add(label(node) + " has type \"" + shown(node.type()) + "\"; it must be \"task\" or \"completion\"");
                }
            }
            indexesById.forEach((id, indexes) -> {
                if (indexes.size() > 1) {
                    problems.add("node id \"" + shown(id) + "\" is used by " + indexes.stream().map(i -> "nodes[" + i + "]")
                            .collect(Collectors.joining(", ")) + "; ids must be unique");
                }
            });
            if (nodes.isEmpty() && !draft.isUnreadable("nodes")) {
                problems.add("the workflow has no nodes; it needs at least one task node and one completion node");
            } else if (!anyCompletion) {
                problems.add("the workflow has no completion node; every branch must end in one");
            }
        }

        private void checkTask(NodeDraft node) {
            String label = label(node);
            TaskType taskType = null;
            if (node.taskType() == null) {
                if (!node.isUnreadable("taskType")) {
                    problems.add(label + " needs a taskType: one of " + TASK_TYPES);
                }
            } else {
                taskType = TaskType.fromWire(node.taskType()).orElse(null);
                if (taskType == null) {
                    problems.add(label + " has taskType \"" + shown(node.taskType()) + "\"; it must be one of " + TASK_TYPES);
                }
            }
            String question = blankIfNull(node.question());
            String objectMarked = blankIfNull(node.objectMarked());
            List<String> options = node.options() == null ? List.of() : node.options();
            if (question.length() > TaskNode.MAX_QUESTION) {
                problems.add(label + ": question must have at most " + TaskNode.MAX_QUESTION + " characters");
            }
            if (objectMarked.length() > TaskNode.MAX_OBJECT_MARKED) {
                problems.add(label + ": objectMarked must have at most " + TaskNode.MAX_OBJECT_MARKED + " characters");
            }
            if (blankIfNull(node.instruction()).length() > TaskNode.MAX_INSTRUCTION) {
                problems.add(label + ": instruction must have at most " + TaskNode.MAX_INSTRUCTION + " characters");
            }
            if (taskType != null) {
                String typed = label + " (" + taskType.wireName() + ")";
                if (taskType.kind() == TaskKind.CLASSIFICATION) {
                    if (question.isBlank() && !node.isUnreadable("question")) {
                        problems.add(typed + " needs a question");
                    }
                    if (!objectMarked.isBlank()) {
                        problems.add(typed + " takes no objectMarked; objectMarked belongs to frame selection tasks");
                    }
                    if (!node.isUnreadable("options")) {
                        checkOptions(typed, options);
                    }
                } else {
                    if (objectMarked.isBlank() && !node.isUnreadable("objectMarked")) {
                        problems.add(typed + " needs objectMarked: the object workers mark");
                    }
                    if (!options.isEmpty()) {
                        problems.add(typed + " takes no options; options belong to single_choice and multiple_choice tasks");
                    }
                }
                if (!canLabel(projectType, taskType)) {
                    problems.add(typed + " marks objects in images, which a " + projectType.wireName()
                            + " project does not have; its tasks must be single_choice or multiple_choice");
                }
                if (node.id() != null && nodesById.get(node.id()) == node) {
                    taskTypes.put(node.id(), taskType);
                }
            }
            checkRepetition(label, node);
        }

        private void checkOptions(String typed, List<String> options) {
            if (options.size() < TaskNode.MIN_OPTIONS || options.size() > TaskNode.MAX_OPTIONS) {
                problems.add(typed + " needs " + TaskNode.MIN_OPTIONS + " to " + TaskNode.MAX_OPTIONS + " options, not " + options.size());
            }
            Set<String> seen = new HashSet<>();
            for (String option : options) {
                if (option.isBlank()) {
                    problems.add(typed + " has a blank option");
                } else if (option.length() > TaskNode.MAX_OPTION) {
                    problems.add(typed + " has an option longer than " + TaskNode.MAX_OPTION + " characters");
                } else if (!seen.add(option)) {
                    problems.add(typed + " lists option \"" + option + "\" more than once");
                }
            }
        }

        private void checkRepetition(String label, NodeDraft node) {
            int repetition = TaskNode.DEFAULT_REPETITION;
            if (node.repetition() != null) {
                if (node.repetition() < 1 || node.repetition() > TaskNode.MAX_REPETITION) {
                    problems.add(label + ": repetition must be between 1 and " + TaskNode.MAX_REPETITION + ", not " + node.repetition());
                } else {
                    repetition = node.repetition();
                }
            }
            if (node.maxRepetition() != null && (node.maxRepetition() < repetition || node.maxRepetition() > TaskNode.MAX_REPETITION)) {
                problems.add(label + ": maxRepetition must be between its repetition (" + repetition + ") and "
                        + TaskNode.MAX_REPETITION + ", not " + node.maxRepetition());
            }
        }

        private void checkStart() {
            String start = draft.start();
            if (start == null) {
                if (!draft.isUnreadable("start")) {
                    problems.add("the workflow needs a start: the id of the task node every sample begins at");
                }
            } else if (!nodesById.containsKey(start)) {
                problems.add("start names node \"" + shown(start) + "\", which does not exist");
            } else if (isCompletion(start)) {
                problems.add("start names completion node \"" + shown(start) + "\"; it must name a task node");
            }
        }

        private boolean startIsTaskNode() {
            NodeDraft start = draft.start() == null ? null : nodesById.get(draft.start());
            return start != null && NodeDraft.TASK.equals(start.type());
        }

        // ---- edges ------------------------------------------------------------------------------

        /** Checks every edge; answers those that join two existing nodes and can be followed. */
        private List<EdgeDraft> checkEdges() {
            List<EdgeDraft> graphEdges = new ArrayList<>();
            Map<String, List<Integer>> fallbacks = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> conditions = new HashMap<>();
            for (EdgeDraft edge : draft.edges()) {
                String label = label(edge);
                boolean fromKnown = checkEnd(edge, edge.from(), "from", label + " needs a from: the id of the node it leaves",
                        label + " leaves node \"" + end(edge.from()) + "\", which does not exist");
                boolean toKnown = checkEnd(edge, edge.to(), "to", label + " needs a to: the id of the node it leads to",
                        label + " leads to node \"" + end(edge.to()) + "\", which does not exist");
                boolean fromCompletion = fromKnown && isCompletion(edge.from());
                if (fromCompletion) {
                    problems.add(label + " leaves completion node \"" + shown(edge.from()) + "\"; a branch ends at its completion node, "
                            + "so completion nodes have no outgoing edges");
                }
                boolean selfLoop = edge.from() != null && edge.from().equals(edge.to());
                if (selfLoop) {
                    problems.add(label + " leads from node \"" + shown(edge.from()) + "\" back to itself");
                }
                if (fromKnown && toKnown && !fromCompletion && !selfLoop) {
                    graphEdges.add(edge);
                }
                if (fromKnown && !fromCompletion) {
                    if (edge.when() == null) {
                        fallbacks.computeIfAbsent(edge.from(), from -> new ArrayList<>()).add(edge.index());
                    } else {
                        checkCondition(edge, label, conditions.computeIfAbsent(edge.from(), from -> new HashMap<>()));
                    }
                }
            }
            fallbacks.forEach((from, indexes) -> {
                if (indexes.size() > 1) {
                    problems.add("node \"" + shown(from) + "\" has more than one edge without \"when\" (" + indexes.stream()
                            .map(i -> "edges[" + i + "]").collect(Collectors.joining(", ")) + "); a node has at most one fallback edge");
                }
            });
            return graphEdges;
        }

        private boolean checkEnd(EdgeDraft edge, String end, String field, String missing, String unknown) {
            if (end == null) {
                if (!edge.isUnreadable(field)) {
                    problems.add(missing);
                }
                return false;
            }
            if (!nodesById.containsKey(end)) {
                problems.add(unknown);
                return false;
            }
            return true;
        }

        private void checkCondition(EdgeDraft edge, String label, Map<String, Integer> seenConditions) {
            TaskType taskType = taskTypes.get(edge.from());
            if (taskType != null && taskType.kind() != TaskKind.CLASSIFICATION) {
                problems.add(label + " has a \"when\", but node \"" + shown(edge.from()) + "\" is " + taskType.wireName()
                        + "; only single_choice and multiple_choice nodes route on the answer");
                return;
            }
            NodeDraft from = nodesById.get(edge.from());
            if (taskType != null && !from.isUnreadable("options") && !optionsOf(from).contains(edge.when())) {
                problems.add(label + ": \"" + shown(edge.when()) + "\" is not an option of node \"" + shown(edge.from()) + "\"");
                return;
            }
            Integer first = seenConditions.putIfAbsent(edge.when(), edge.index());
            if (first != null) {
                problems.add(label + " repeats the \"when\" \"" + shown(edge.when()) + "\" of edges[" + first + "] from node \""
                        + shown(edge.from()) + "\"; only the first would ever be taken");
            }
        }

        /** Every task node must send on every sample it decides: a fallback edge, or a single_choice edge per option. */
        private void checkWaysForward() {
            Map<String, List<EdgeDraft>> leaving = new HashMap<>();
            for (EdgeDraft edge : draft.edges()) {
                if (edge.from() != null) {
                    leaving.computeIfAbsent(edge.from(), from -> new ArrayList<>()).add(edge);
                }
            }
            taskTypes.forEach((id, taskType) -> {
                List<EdgeDraft> edges = leaving.getOrDefault(id, List.of());
                if (edges.isEmpty()) {
                    problems.add("node \"" + shown(id) + "\" has no outgoing edge, so its branch ends without a completion node; "
                            + "add an edge to the next node or to a completion node");
                    return;
                }
                if (edges.stream().anyMatch(edge -> edge.when() == null)) {
                    return;
                }
                switch (taskType) {
                    case SINGLE_CHOICE -> {
                        if (nodesById.get(id).isUnreadable("options")) {
                            return;
                        }
                        Set<String> uncovered = new LinkedHashSet<>(optionsOf(nodesById.get(id)));
                        edges.forEach(edge -> uncovered.remove(edge.when()));
                        if (!uncovered.isEmpty()) {
                            problems.add("node \"" + shown(id) + "\" has no edge for the answer " + uncovered.stream().map(option -> "\"" + option + "\"")
                                    .collect(Collectors.joining(", ")) + " and no edge without \"when\"; samples answered so have nowhere to go");
                        }
                    }
                    case MULTIPLE_CHOICE -> problems.add("node \"" + shown(id) + "\" (multiple_choice) needs an edge without \"when\": "
                            + "samples whose chosen options match no edge, or that choose none, must have somewhere to go");
                    default -> problems.add("node \"" + shown(id) + "\" needs an edge without \"when\" to the node that follows it");
                }
            });
        }

        // ---- the graph --------------------------------------------------------------------------

        private Map<String, List<String>> successors(List<EdgeDraft> graphEdges) {
            Map<String, List<String>> successors = new LinkedHashMap<>();
            nodesById.keySet().forEach(id -> successors.put(id, new ArrayList<>()));
            graphEdges.forEach(edge -> successors.get(edge.from()).add(edge.to()));
            return successors;
        }

        /** Reports each cycle once (by its set of nodes); answers whether there is none. */
        private boolean checkCycles(List<EdgeDraft> graphEdges) {
            Map<String, List<String>> successors = successors(graphEdges);
            Map<String, Integer> state = new HashMap<>();
            Set<Set<String>> reported = new HashSet<>();
            for (String root : successors.keySet()) {
                if (state.containsKey(root)) {
                    continue;
                }
                // Iterative depth-first search: path holds the nodes on the way from root, in order.
                List<String> path = new ArrayList<>();
                Deque<Iterator<String>> pending = new ArrayDeque<>();
                path.add(root);
                state.put(root, 1);
                pending.push(successors.get(root).iterator());
                while (!pending.isEmpty()) {
                    Iterator<String> next = pending.peek();
                    if (!next.hasNext()) {
                        pending.pop();
                        state.put(path.remove(path.size() - 1), 2);
                        continue;
                    }
                    String to = next.next();
                    Integer seen = state.get(to);
                    if (seen == null) {
                        path.add(to);
                        state.put(to, 1);
                        pending.push(successors.get(to).iterator());
                    } else if (seen == 1) {
                        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(to), path.size()));
                        if (reported.add(new TreeSet<>(cycle))) {
                            cycle.add(to);
                            problems.add("nodes " + cycle.stream().map(id -> "\"" + shown(id) + "\"").collect(Collectors.joining(" -> "))
                                    + " form a cycle; every path must lead on to a completion node");
                        }
                    }
                }
            }
            return reported.isEmpty();
        }

        private void checkReachable(List<EdgeDraft> graphEdges) {
            Map<String, List<String>> successors = successors(graphEdges);
            Set<String> reached = new HashSet<>();
            Deque<String> toVisit = new ArrayDeque<>(List.of(draft.start()));
            while (!toVisit.isEmpty()) {
                String id = toVisit.pop();
                if (reached.add(id)) {
                    toVisit.addAll(successors.get(id));
                }
            }
            nodesById.keySet().stream().filter(id -> !reached.contains(id)).forEach(id ->
                    problems.add("node \"" + shown(id) + "\" cannot be reached from the start node \"" + shown(draft.start()) + "\""));
        }

        /**
         * Counts the branches: routes from the start to a completion node, one per edge followed, so
         * that two answers leading to the same node are two branches.
         */
        private void checkBranches(List<EdgeDraft> graphEdges) {
            Map<String, List<String>> successors = successors(graphEdges);
            Map<String, BigInteger> routes = new HashMap<>();
            BigInteger branches = routesFrom(draft.start(), successors, routes);
            if (branches.compareTo(BigInteger.valueOf(MAX_BRANCHES)) > 0) {
                problems.add("the workflow has " + branches + " branches (paths from the start to a completion node); at most "
                        + MAX_BRANCHES + " are allowed");
            }
        }

        /** Depth is at most the number of nodes, as the graph has no cycle. */
        private BigInteger routesFrom(String id, Map<String, List<String>> successors, Map<String, BigInteger> memo) {
            BigInteger known = memo.get(id);
            if (known != null) {
                return known;
            }
            BigInteger count = isCompletion(id) ? BigInteger.ONE : BigInteger.ZERO;
            for (String to : successors.get(id)) {
                count = count.add(routesFrom(to, successors, memo));
            }
            memo.put(id, count);
            return count;
        }

        // ---- helpers ----------------------------------------------------------------------------

        private boolean isCompletion(String id) {
            NodeDraft node = nodesById.get(id);
            return node != null && NodeDraft.COMPLETION.equals(node.type());
        }

        private static List<String> optionsOf(NodeDraft node) {
            return Optional.ofNullable(node.options()).orElse(List.of());
        }

        private static String label(NodeDraft node) {
            return WorkflowDraft.nodeLabel(node.index(), node.id());
        }

        private static String label(EdgeDraft edge) {
            return "edges[" + edge.index() + "] (" + end(edge.from()) + " -> " + end(edge.to())
                    + (edge.when() == null ? "" : " when \"" + shown(edge.when()) + "\"") + ")";
        }

        private static String end(String id) {
            return id == null ? "?" : shown(id);
        }

        private static String blankIfNull(String value) {
            return value == null ? "" : value;
        }

        private static String shown(String value) {
            return WorkflowDraft.shown(value);
        }
    }
}
