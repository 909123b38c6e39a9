package io.quorum.local;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Map.copyOf loses the template's order, which the banner and error messages follow. */
final class UnmodifiableOrdered {

    private UnmodifiableOrdered() {
    }

    static <K, V> Map<K, V> copyOf(Map<K, V> source) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }
}
