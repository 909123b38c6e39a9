package io.quorum.engine;

import io.quorum.consensus.AnswerContext;
import io.quorum.consensus.Consensus;
import io.quorum.consensus.Outcome;
import io.quorum.consensus.WorkerAnswer;
import java.util.List;

/** Decides a (sample, node) from its answers; in production {@link Consensus#decide}. */
@FunctionalInterface
public interface LabelDecider {

    Outcome decide(AnswerContext context, List<WorkerAnswer> answers, int repetition, int maxRepetition);

    static LabelDecider consensus() {
        return Consensus::decide;
    }
}
