package io.quorum.workflow;

import java.util.EnumSet;
import io.quorum.Wire;
import java.util.Optional;
import java.util.Set;

/** The spec's project types: which kind of task they run and which resources they label. */
public enum ProjectType {
    IMAGE_CLASSIFICATION("image_classification", TaskKind.CLASSIFICATION, EnumSet.of(ResourceType.IMAGE, ResourceType.GRAPHIC)),
    TEXT_CLASSIFICATION("text_classification", TaskKind.CLASSIFICATION, EnumSet.of(ResourceType.TEXT)),
    IMAGE_RECTANGLE_FRAME_SELECT("image_rectangle_frame_select", TaskKind.FRAME_SELECTION, EnumSet.of(ResourceType.IMAGE, ResourceType.GRAPHIC)),
    IMAGE_STROKE("image_stroke", TaskKind.FRAME_SELECTION, EnumSet.of(ResourceType.IMAGE, ResourceType.GRAPHIC));

    private final String wireName;
    private final TaskKind kind;
    private final Set<ResourceType> accepted;

    ProjectType(String wireName, TaskKind kind, Set<ResourceType> accepted) {
        this.wireName = wireName;
        this.kind = kind;
        this.accepted = accepted;
    }

    public String wireName() {
        return wireName;
    }

    public TaskKind kind() {
        return kind;
    }

    public boolean accepts(ResourceType resourceType) {
        return accepted.contains(resourceType);
    }

    /** True when this type can label every resource type that {@code other} accepts. */
    public boolean acceptsAllOf(ProjectType other) {
        return accepted.containsAll(other.accepted);
    }

    public static Optional<ProjectType> fromWire(String name) {
        return Wire.lookup(values(), ProjectType::wireName, name);
    }
}
