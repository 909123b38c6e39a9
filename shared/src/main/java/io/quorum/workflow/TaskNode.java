package io.quorum.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A labeling step of a workflow: what workers are asked, and how many of them answer each sample
 * ({@code repetition}, raised up to {@code maxRepetition} when they disagree).
 */
public record TaskNode(String id, TaskType taskType, String question, List<String> options, String objectMarked,
                       String instruction, int repetition, int maxRepetition) implements WorkflowNode {

    public static final int DEFAULT_REPETITION = 3;
    public static final int MAX_REPETITION = 15;
    public static final int MAX_INSTRUCTION = 10_000;
    public static final int MAX_QUESTION = 1_000;
    public static final int MAX_OBJECT_MARKED = 200;
    public static final int MAX_OPTION = 200;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 100;

    public TaskNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taskType, "taskType");
        question = question == null ? "" : question;
        options = options == null ? List.of() : List.copyOf(options);
        objectMarked = objectMarked == null ? "" : objectMarked;
        instruction = instruction == null ? "" : instruction;
        if (repetition < 1 || repetition > MAX_REPETITION) {
            throw new IllegalArgumentException("repetition must be between 1 and " + MAX_REPETITION);
        }
        if (maxRepetition < repetition || maxRepetition > MAX_REPETITION) {
            throw new IllegalArgumentException("maxRepetition must be between repetition and " + MAX_REPETITION);
        }
    }

    /** Two more answers than asked, within the cap: room to break a tie. */
    public static int defaultMaxRepetition(int repetition) {
        return Math.min(MAX_REPETITION, repetition + 2);
    }
}
