package io.quorum.consensus;

import io.quorum.workflow.TaskType;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** What an answer is checked against: the task type, its options, and the image's size when known. */
public record AnswerContext(TaskType taskType, List<String> options, OptionalInt imageWidth, OptionalInt imageHeight) {

    public AnswerContext {
        Objects.requireNonNull(taskType, "taskType");
        options = options == null ? List.of() : List.copyOf(options);
        Objects.requireNonNull(imageWidth, "imageWidth");
        Objects.requireNonNull(imageHeight, "imageHeight");
    }
}
