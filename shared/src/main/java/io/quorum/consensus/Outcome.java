package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** What the answers so far decide for one (sample, node). */
public sealed interface Outcome {

    /**
     * A label: in the same shape as an answer ({@code {"choice":"cat"}}, {@code {"boxes":[...]}}...),
     * with its confidence in [0, 1], flagged when plurality had to decide, and the micro-tasks it came from.
     */
    record Decided(JsonNode label, double confidence, boolean lowConfidence, List<String> basedOnTaskIds) implements Outcome {
        public Decided {
            Objects.requireNonNull(label, "label");
            basedOnTaskIds = List.copyOf(basedOnTaskIds);
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be within [0, 1]");
            }
        }
    }

    /** The answers disagree and there is room for more: issue this many extra micro-tasks. */
    record NeedMore(int extraTasks) implements Outcome {
        public NeedMore {
            if (extraTasks < 1) {
                throw new IllegalArgumentException("extraTasks must be positive");
            }
        }
    }
}
