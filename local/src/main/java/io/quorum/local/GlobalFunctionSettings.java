package io.quorum.local;

import java.util.Map;
import java.util.Optional;

/** {@code Globals.Function}: what every function inherits unless it says otherwise. */
public record GlobalFunctionSettings(
        Map<String, TemplateValue> environment, Optional<Integer> timeoutSeconds, Optional<Integer> memorySizeMb) {

    public GlobalFunctionSettings {
        environment = UnmodifiableOrdered.copyOf(environment);
    }

    static GlobalFunctionSettings none() {
        return new GlobalFunctionSettings(Map.of(), Optional.empty(), Optional.empty());
    }
}
