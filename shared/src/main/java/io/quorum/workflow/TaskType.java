package io.quorum.workflow;

import io.quorum.Wire;
import java.util.Optional;

/** The spec's task types, each belonging to one kind. */
public enum TaskType {
    SINGLE_CHOICE("single_choice", TaskKind.CLASSIFICATION),
    MULTIPLE_CHOICE("multiple_choice", TaskKind.CLASSIFICATION),
    RECTANGLE_FRAME_SELECT("rectangle_frame_select", TaskKind.FRAME_SELECTION),
    FREE_POINT("free_point", TaskKind.FRAME_SELECTION),
    STROKE("stroke", TaskKind.FRAME_SELECTION),
    CUBE_CIRCLE("cube_circle", TaskKind.FRAME_SELECTION);

    private final String wireName;
    private final TaskKind kind;

    TaskType(String wireName, TaskKind kind) {
        this.wireName = wireName;
        this.kind = kind;
    }

    public String wireName() {
        return wireName;
    }

    public TaskKind kind() {
        return kind;
    }

    public static Optional<TaskType> fromWire(String name) {
        return Wire.lookup(values(), TaskType::wireName, name);
    }
}
