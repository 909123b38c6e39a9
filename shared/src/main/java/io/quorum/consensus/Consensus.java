package io.quorum.consensus;

import java.util.List;

/** Decides a label from workers' answers. */
public final class Consensus {

    private Consensus() {
    }

    /**
     * @param answers       every answer so far for one (sample, node), each counted once
     * @param repetition    how many answers were asked for at first
     * @param maxRepetition how many answers may be asked for in all
     */
    public static Outcome decide(AnswerContext context, List<WorkerAnswer> answers, int repetition, int maxRepetition) {
        throw new UnsupportedOperationException("consensus is not implemented yet");
    }
}
