package io.quorum.project;

import io.quorum.Wire;
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
        return Wire.lookup(values(), StateChange::wireName, name);
    }
}
