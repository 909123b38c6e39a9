package io.quorum.testing;

import io.quorum.consensus.AnswerContext;
import io.quorum.consensus.Outcome;
import io.quorum.consensus.WorkerAnswer;
import io.quorum.engine.LabelDecider;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain majority for engine tests: the label more than half of the answers agree on, else one more
 * answer while room is left, else the most frequent (low confidence). Equal answers are equal JSON.
 */
public final class MajorityDecider implements LabelDecider {

    @Override
    public Outcome decide(AnswerContext context, List<WorkerAnswer> answers, int repetition, int maxRepetition) {
        Map<JsonNode, List<String>> votes = new LinkedHashMap<>();
        answers.forEach(answer -> votes.computeIfAbsent(answer.answer(), a -> new java.util.ArrayList<>()).add(answer.taskId()));
        Map.Entry<JsonNode, List<String>> best = votes.entrySet().stream()
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow();
        double confidence = (double) best.getValue().size() / answers.size();
        if (best.getValue().size() * 2 > answers.size()) {
            return new Outcome.Decided(best.getKey(), confidence, false, best.getValue());
        }
        if (answers.size() < maxRepetition) {
            return new Outcome.NeedMore(1);
        }
        return new Outcome.Decided(best.getKey(), confidence, true, best.getValue());
    }
}
