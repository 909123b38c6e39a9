package io.quorum.local;

import java.util.Objects;
import java.util.Optional;

/** A template parameter; one without a Default must be supplied locally (AdminApiKey is). */
public record TemplateParameter(String name, String type, Optional<String> defaultValue) {

    public TemplateParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }
}
