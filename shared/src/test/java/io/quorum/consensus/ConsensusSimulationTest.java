package io.quorum.consensus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.json.Json;
import io.quorum.workflow.TaskType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A simulated crowd: consensus must label more accurately than any one of its workers. */
class ConsensusSimulationTest {

    private static final List<String> OPTIONS = List.of("a", "b", "c", "d", "e");
    private static final AnswerContext CONTEXT = new AnswerContext(TaskType.SINGLE_CHOICE, OPTIONS, OptionalInt.empty(), OptionalInt.empty());
    private static final double WORKER_ACCURACY = 0.7;
    private static final int ITEMS = 500;
    private static final int REPETITION = 3;
    private static final int MAX_REPETITION = 5;

    /** One worker is right 70% of the time; three agreeing (or up to five) are right about 89% (0.902 with this seed). */
    @Test
    void majorityOfWorkersRightSeventyPercentOfTheTimeIsRightMoreOften() {
        Random random = new Random(20240501L);
        int correct = 0;
        int answersUsed = 0;
        for (int item = 0; item < ITEMS; item++) {
            int truth = random.nextInt(OPTIONS.size());
            List<WorkerAnswer> answers = new ArrayList<>();
            int wanted = REPETITION;
            Outcome outcome;
            while (true) {
                while (answers.size() < wanted) {
                    answers.add(Ballots.answer(answers.size() + 1, Json.object().put("choice", OPTIONS.get(workerAnswer(random, truth)))));
                }
                outcome = Consensus.decide(CONTEXT, answers, REPETITION, MAX_REPETITION);
                if (outcome instanceof Outcome.NeedMore more) {
                    wanted += more.extraTasks();
                } else {
                    break;
                }
            }
            answersUsed += answers.size();
            if (((Outcome.Decided) outcome).label().get("choice").textValue().equals(OPTIONS.get(truth))) {
                correct++;
            }
        }
        double accuracy = (double) correct / ITEMS;
        double answersPerItem = (double) answersUsed / ITEMS;
        assertTrue(accuracy > 0.85, () -> "accuracy " + accuracy);
        assertTrue(answersPerItem <= MAX_REPETITION && answersPerItem < 3.5, () -> "answers per item " + answersPerItem);
    }

    /** Right with {@link #WORKER_ACCURACY}, otherwise one of the wrong options at random. */
    private static int workerAnswer(Random random, int truth) {
        if (random.nextDouble() < WORKER_ACCURACY) {
            return truth;
        }
        int wrong = random.nextInt(OPTIONS.size() - 1);
        return wrong >= truth ? wrong + 1 : wrong;
    }
}
