package io.quorum.workflow;

import io.quorum.Wire;
import java.util.Optional;

/** The kinds of resource the spec lets a customer submit. */
public enum ResourceType {
    IMAGE("image"),
    AUDIO("audio"),
    TEXT("text"),
    GRAPHIC("graphic");

    private final String wireName;

    ResourceType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ResourceType> fromWire(String name) {
        return Wire.lookup(values(), ResourceType::wireName, name);
    }
}
