package io.quorum.project;

import io.quorum.Wire;
import java.util.Optional;

/**
 * A project's lifecycle. The wire name is what retrieveProject shows; the number is what
 * setProject shows as {@code projectStatus} (the spec's example: 0 for a project not yet submitted).
 */
public enum ProjectStatus {
    UNSTARTED("unstarted", 0),
    CHECKING("checking", 1),
    RUNNING("running", 2),
    PAUSED("paused", 3),
    COMPLETED("completed", 4),
    DELETED("deleted", 5);

    private final String wireName;
    private final int number;

    ProjectStatus(String wireName, int number) {
        this.wireName = wireName;
        this.number = number;
    }

    public String wireName() {
        return wireName;
    }

    public int number() {
        return number;
    }

    /** The configuration may change only before the project is submitted for review. */
    public boolean isEditable() {
        return this == UNSTARTED;
    }

    /** Resources may be added before submission and, once approved, while the project runs or is paused. */
    public boolean acceptsResources() {
        return this == UNSTARTED || this == RUNNING || this == PAUSED;
    }

    public static Optional<ProjectStatus> fromWire(String name) {
        return Wire.lookup(values(), ProjectStatus::wireName, name);
    }
}
