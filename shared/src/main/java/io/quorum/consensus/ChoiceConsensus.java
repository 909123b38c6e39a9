package io.quorum.consensus;

import java.util.ArrayList;
import java.util.List;

/** Majority rules for single_choice and multiple_choice answers (see {@link Consensus}). */
final class ChoiceConsensus {

    private ChoiceConsensus() {
    }

    static Outcome single(List<String> options, List<String> choices, int repetition, int maxRepetition, List<String> taskIds) {
        int n = choices.size();
        int[] counts = new int[options.size()];
        choices.forEach(choice -> counts[options.indexOf(choice)]++);
        // the first option with the highest count, so that a plurality tie goes to the earlier option
        int top = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[top]) {
                top = i;
            }
        }
        int runnerUp = 0;
        for (int i = 0; i < counts.length; i++) {
            if (i != top) {
                runnerUp = Math.max(runnerUp, counts[i]);
            }
        }
        int topCount = counts[top];
        double confidence = (double) topCount / n;
        if (isStrictMajority(topCount, runnerUp, repetition)) {
            return new Outcome.Decided(Labels.choice(options.get(top)), confidence, false, taskIds);
        }
        if (n < maxRepetition) {
            return new Outcome.NeedMore(Math.min(extraAnswersForMajority(topCount, runnerUp, repetition), maxRepetition - n));
        }
        return new Outcome.Decided(Labels.choice(options.get(top)), confidence, true, taskIds);
    }

    /** More than half of the repetition asked for, and more than any other option. */
    private static boolean isStrictMajority(int topCount, int runnerUp, int repetition) {
        return 2 * topCount > repetition && topCount > runnerUp;
    }

    /** The fewest further answers that could give the leading option a strict majority (at least one). */
    private static int extraAnswersForMajority(int topCount, int runnerUp, int repetition) {
        int overHalf = repetition / 2 + 1 - topCount;
        int overRunnerUp = runnerUp + 1 - topCount;
        return Math.max(1, Math.max(overHalf, overRunnerUp));
    }

    static Outcome multiple(List<String> options, List<List<String>> choices, int maxRepetition, List<String> taskIds) {
        int n = choices.size();
        boolean anyHalf = false;
        double agreement = 0;
        List<String> chosen = new ArrayList<>();
        for (String option : options) {
            int yes = (int) choices.stream().filter(answer -> answer.contains(option)).count();
            if (2 * yes > n) {
                chosen.add(option);
            }
            anyHalf |= 2 * yes == n;
            agreement += (double) Math.max(yes, n - yes) / n;
        }
        if (anyHalf && n < maxRepetition) {
            return new Outcome.NeedMore(1);
        }
        double confidence = options.isEmpty() ? 1.0 : agreement / options.size();
        return new Outcome.Decided(Labels.choices(chosen), confidence, anyHalf, taskIds);
    }
}
