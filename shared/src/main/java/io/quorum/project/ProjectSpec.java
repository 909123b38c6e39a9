package io.quorum.project;

import io.quorum.workflow.ProjectType;
import io.quorum.workflow.TaskKind;
import io.quorum.workflow.TaskType;
import io.quorum.workflow.TaskNode;
import io.quorum.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A valid project configuration: the type and task type agree, a classification has a question and
 * at least two distinct options, a frame selection names the object to mark. {@code repetition} is
 * how many workers answer each sample in the one-node workflow these fields imply.
 */
public record ProjectSpec(String name, ProjectType type, TaskType taskType, String instruction, String question,
                          String objectMarked, List<String> options, int repetition) {

    public static final int MAX_NAME = 128;
    public static final int MAX_INSTRUCTION = TaskNode.MAX_INSTRUCTION;
    public static final int MAX_QUESTION = TaskNode.MAX_QUESTION;
    public static final int MAX_OBJECT_MARKED = TaskNode.MAX_OBJECT_MARKED;
    public static final int MAX_OPTION = TaskNode.MAX_OPTION;
    public static final int MIN_OPTIONS = TaskNode.MIN_OPTIONS;
    public static final int MAX_OPTIONS = TaskNode.MAX_OPTIONS;

    public ProjectSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(taskType, "taskType");
        instruction = instruction == null ? "" : instruction;
        question = question == null ? "" : question;
        objectMarked = objectMarked == null ? "" : objectMarked;
        options = options == null ? List.of() : List.copyOf(options);
        List<String> problems = problems(name, type, taskType, instruction, question, objectMarked, options);
        if (repetition < 1 || repetition > TaskNode.MAX_REPETITION) {
            problems.add("repetition must be between 1 and " + TaskNode.MAX_REPETITION);
        }
        if (!problems.isEmpty()) {
            throw new InvalidProjectSpecException(problems);
        }
    }

    /** A configuration with the default repetition. */
    public ProjectSpec(String name, ProjectType type, TaskType taskType, String instruction, String question,
                       String objectMarked, List<String> options) {
        this(name, type, taskType, instruction, question, objectMarked, options, TaskNode.DEFAULT_REPETITION);
    }

    public static ProjectSpec from(ProjectDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add("projectName is required");
        }
        ProjectType type = null;
        if (draft.type() == null) {
            problems.add("type is required");
        } else {
            type = ProjectType.fromWire(draft.type()).orElse(null);
            if (type == null) {
                problems.add("type must be one of image_classification, text_classification, image_rectangle_frame_select, image_stroke");
            }
        }
        TaskType taskType = null;
        if (draft.taskType() == null) {
            problems.add("taskType is required");
        } else {
            taskType = TaskType.fromWire(draft.taskType()).orElse(null);
            if (taskType == null) {
                problems.add("taskType must be one of single_choice, multiple_choice, rectangle_frame_select, free_point, stroke, cube_circle");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProjectSpecException(problems);
        }
        return new ProjectSpec(draft.name().strip(), type, taskType, draft.instruction(), draft.question(),
                draft.objectMarked(), draft.options(), draft.repetition() == null ? TaskNode.DEFAULT_REPETITION : draft.repetition());
    }

    public ProjectDraft toDraft() {
        return new ProjectDraft(name, type.wireName(), taskType.wireName(), instruction, question, objectMarked, options, repetition);
    }

    private static List<String> problems(String name, ProjectType type, TaskType taskType, String instruction,
                                         String question, String objectMarked, List<String> options) {
        List<String> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add("projectName must not be blank");
        } else if (name.length() > MAX_NAME) {
            problems.add("projectName must have at most " + MAX_NAME + " characters");
        }
        if (type.kind() != taskType.kind()) {
            problems.add("taskType " + taskType.wireName() + " does not fit type " + type.wireName() + " (classification projects take "
                    + "single_choice or multiple_choice; frame selection projects take rectangle_frame_select, free_point, stroke or cube_circle)");
        }
        if (instruction.length() > MAX_INSTRUCTION) {
            problems.add("instruction must have at most " + MAX_INSTRUCTION + " characters");
        }
        if (question.length() > MAX_QUESTION) {
            problems.add("question must have at most " + MAX_QUESTION + " characters");
        }
        if (objectMarked.length() > MAX_OBJECT_MARKED) {
            problems.add("objectMarked must have at most " + MAX_OBJECT_MARKED + " characters");
        }
        if (type.kind() == TaskKind.CLASSIFICATION) {
            if (question.isBlank()) {
                problems.add("question is required for classification projects");
            }
            if (!objectMarked.isBlank()) {
                problems.add("objectMarked applies to frame selection projects only");
            }
            problems.addAll(optionProblems(options));
        } else {
            if (objectMarked.isBlank()) {
                problems.add("objectMarked is required for frame selection projects");
            }
            if (!options.isEmpty()) {
                problems.add("options apply to classification projects only");
            }
        }
        return problems;
    }

    private static List<String> optionProblems(List<String> options) {
        List<String> problems = new ArrayList<>();
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            problems.add("options must hold " + MIN_OPTIONS + " to " + MAX_OPTIONS + " choices for classification projects");
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option == null || option.isBlank()) {
                problems.add("every option needs a non-blank value");
            } else if (option.length() > MAX_OPTION) {
                problems.add("option values must have at most " + MAX_OPTION + " characters");
            } else if (!seen.add(option)) {
                problems.add("option \"" + option + "\" appears twice");
            }
        }
        return problems;
    }

    /** The one-node workflow that the v1 fields imply: one task node, then one completion node. */
    public Workflow derivedWorkflow(int repetition) {
        return Workflow.singleTask(taskType, question, options, objectMarked, instruction, repetition);
    }
}
