package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;

/** Checks a worker's answer against its task and returns it in canonical form. */
public final class Answers {

    private Answers() {
    }

    /** @throws DomainException {@link Failure#ANSWER_INVALID} naming what is wrong */
    public static JsonNode validate(AnswerContext context, JsonNode answer) {
        if (answer == null || !answer.isObject() || !answer.has("choice") || !answer.get("choice").isTextual()
                || !context.options().contains(answer.get("choice").textValue())) {
            throw new DomainException(Failure.ANSWER_INVALID, "answer.choice must be one of the options");
        }
        return Json.object().put("choice", answer.get("choice").textValue());
    }
}
