package io.quorum.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A step from one node to the next. With {@code when} it is taken only for samples whose decided
 * label chose that option; without it, it is the node's fallback.
 */
public record Edge(String from, String to, Optional<String> when) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(when, "when");
    }

    /** The fallback edge: taken when no conditional edge of {@code from} matches. */
    public Edge(String from, String to) {
        this(from, to, Optional.empty());
    }

    public static Edge when(String from, String to, String option) {
        return new Edge(from, to, Optional.of(option));
    }

    public boolean isConditional() {
        return when.isPresent();
    }

    /**
     * Whether this conditional edge applies to {@code label}, decided by a node of {@code taskType}:
     * single_choice {@code {"choice": "cat"}} matches when "cat"; multiple_choice
     * {@code {"choices": ["cat", "dog"]}} matches when "cat" and when "dog".
     */
    boolean matches(TaskType taskType, JsonNode label) {
        if (when.isEmpty() || label == null) {
            return false;
        }
        String option = when.get();
        return switch (taskType) {
            case SINGLE_CHOICE -> label.path("choice").isTextual() && option.equals(label.path("choice").textValue());
            case MULTIPLE_CHOICE -> {
                for (JsonNode choice : label.path("choices")) {
                    if (choice.isTextual() && option.equals(choice.textValue())) {
                        yield true;
                    }
                }
                yield false;
            }
            default -> false;
        };
    }
}
