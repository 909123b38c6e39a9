package io.quorum.config;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use and kept: composition roots build only the parts a function touches, so a
 * function pays at cold start for its own clients and use cases, not for every one the root can make.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> factory;
    private volatile T value;

    private Lazy(Supplier<? extends T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    public static <T> Lazy<T> of(Supplier<? extends T> factory) {
        return new Lazy<>(factory);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(factory.get(), "a lazy value must not be null");
                    value = current;
                }
            }
        }
        return current;
    }
}
