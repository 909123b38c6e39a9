package io.quorum.project;

import java.util.List;

/**
 * A project configuration as the client sent it: wire names, any field possibly absent (null).
 * {@link ProjectSpec#from} turns it into a valid specification or lists what is wrong.
 */
public record ProjectDraft(String name, String type, String taskType, String instruction, String question,
                           String objectMarked, List<String> options, Integer repetition) {

    public ProjectDraft {
        options = options == null ? null : List.copyOf(options);
    }

    /** A draft that leaves the repetition as it is (or at its default). */
    public ProjectDraft(String name, String type, String taskType, String instruction, String question,
                        String objectMarked, List<String> options) {
        this(name, type, taskType, instruction, question, objectMarked, options, null);
    }

    /** This draft with every field that {@code changes} carries replaced. */
    public ProjectDraft overlay(ProjectDraft changes) {
        return new ProjectDraft(
                pick(changes.name, name),
                pick(changes.type, type),
                pick(changes.taskType, taskType),
                pick(changes.instruction, instruction),
                pick(changes.question, question),
                pick(changes.objectMarked, objectMarked),
                pick(changes.options, options),
                pick(changes.repetition, repetition));
    }

    /**
     * This draft without the fields that belong to one kind of task only (options, objectMarked),
     * for a change of kind: the old kind's fields must not block the new one.
     */
    public ProjectDraft withoutKindSpecificFields() {
        return new ProjectDraft(name, type, taskType, instruction, question, null, null, repetition);
    }

    public boolean isEmpty() {
        return name == null && type == null && taskType == null && instruction == null && question == null
                && objectMarked == null && options == null && repetition == null;
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
