package io.quorum;

import java.util.Optional;
import java.util.function.Function;

/** Finds the enum constant that a wire name stands for. */
public final class Wire {

    private Wire() {
    }

    public static <E extends Enum<E>> Optional<E> lookup(E[] values, Function<E, String> wireName, String name) {
        for (E value : values) {
            if (wireName.apply(value).equals(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
