package io.quorum.project;

import java.util.Optional;

/** The changes a customer may ask of alterState. */
public enum StateChange {
    START("start"),
    PAUSE("pause"),
    DELETE("delete");

    private final String wireName;

    StateChange(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<StateChange> fromWire(String name) {
        for (StateChange change : values()) {
            if (change.wireName.equals(name)) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }
}
