package io.quorum.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a longer listing and where the next one starts, if there is one. */
public record Page<T>(List<T> items, Optional<String> next) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
