package io.quorum.workflow;

/** What a worker does: pick among options, or mark objects in an image. */
public enum TaskKind {
    CLASSIFICATION,
    FRAME_SELECTION
}
