package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/** One micro-task's answer, already validated and in canonical form. */
public record WorkerAnswer(String taskId, String workerId, JsonNode answer, Instant answeredAt) {

    public WorkerAnswer {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
