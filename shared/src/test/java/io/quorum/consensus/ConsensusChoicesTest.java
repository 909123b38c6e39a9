package io.quorum.consensus;

import static io.quorum.consensus.AnswersTest.json;
import static io.quorum.consensus.Ballots.answers;
import static io.quorum.consensus.Ballots.assertNeedMore;
import static io.quorum.consensus.Ballots.decided;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.workflow.TaskType;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConsensusChoicesTest {

    private static final AnswerContext SINGLE = new AnswerContext(TaskType.SINGLE_CHOICE, List.of("cat", "dog", "bird"),
            OptionalInt.empty(), OptionalInt.empty());
    private static final AnswerContext MULTIPLE = new AnswerContext(TaskType.MULTIPLE_CHOICE, List.of("cat", "dog", "bird"),
            OptionalInt.empty(), OptionalInt.empty());

    private static List<WorkerAnswer> votes(String... choices) {
        String[] jsons = new String[choices.length];
        for (int i = 0; i < choices.length; i++) {
            jsons[i] = "{'choice': '" + choices[i] + "'}";
        }
        return answers(jsons);
    }

    // ---- single_choice ---------------------------------------------------------------------------

    @Test
    void unanimousAnswersDecideWithFullConfidence() {
        Outcome.Decided decided = decided(Consensus.decide(SINGLE, votes("dog", "dog", "dog"), 3, 5));
        assertEquals(json("{'choice': 'dog'}"), decided.label());
        assertEquals(1.0, decided.confidence());
        assertFalse(decided.lowConfidence());
        assertEquals(List.of("s1.label.1", "s1.label.2", "s1.label.3"), decided.basedOnTaskIds());
    }

    @Test
    void strictMajorityOfRepetitionDecides() {
        Outcome.Decided decided = decided(Consensus.decide(SINGLE, votes("cat", "dog", "cat"), 3, 5));
        assertEquals(json("{'choice': 'cat'}"), decided.label());
        assertEquals(2.0 / 3, decided.confidence(), 1e-12);
        assertFalse(decided.lowConfidence());
    }

    @Test
    void threeWayTieAsksForOneMore() {
        assertNeedMore(1, Consensus.decide(SINGLE, votes("cat", "dog", "bird"), 3, 5));
    }

    @Test
    void tieAfterAnExtraAnswerAsksForAnother() {
        assertNeedMore(1, Consensus.decide(SINGLE, votes("cat", "dog", "cat", "dog"), 3, 5));
    }

    @Test
    void extraAnswerThatBreaksTheTieDecides() {
        Outcome.Decided decided = decided(Consensus.decide(SINGLE, votes("cat", "dog", "bird", "dog"), 3, 5));
        assertEquals(json("{'choice': 'dog'}"), decided.label());
        assertEquals(0.5, decided.confidence());
        assertFalse(decided.lowConfidence());
        assertEquals(4, decided.basedOnTaskIds().size());
    }

    private static AnswerContext fiveOptions() {
        return new AnswerContext(TaskType.SINGLE_CHOICE, List.of("a", "b", "c", "d", "e"), OptionalInt.empty(), OptionalInt.empty());
    }

    @Test
    void asksForTheFewestAnswersThatCouldMakeAMajority() {
        // repetition 5: the leader has 1, so at least 2 more are needed to pass 5 / 2
        assertNeedMore(2, Consensus.decide(fiveOptions(), votes("a", "b", "c", "d", "e"), 5, 9));
        // two leaders with 2 each: one more answer can make either of them 3 of 5
        assertNeedMore(1, Consensus.decide(fiveOptions(), votes("a", "b", "a", "b", "c"), 5, 9));
    }

    @Test
    void extraAnswersNeverGoBeyondTheMaximum() {
        assertNeedMore(1, Consensus.decide(fiveOptions(), votes("a", "b", "c", "d", "e"), 5, 6));
    }

    @Test
    void pluralityDecidesAtTheMaximumFlaggedLowConfidence() {
        Outcome.Decided decided = decided(Consensus.decide(SINGLE, votes("cat", "dog", "bird", "dog", "bird"), 3, 5));
        // dog and bird tie with 2 each: dog is listed first among the options
        assertEquals(json("{'choice': 'dog'}"), decided.label());
        assertEquals(0.4, decided.confidence(), 1e-12);
        assertTrue(decided.lowConfidence());
    }

    @Test
    void withoutRoomForMoreATieIsDecidedByOptionOrder() {
        Outcome.Decided decided = decided(Consensus.decide(SINGLE, votes("bird", "cat", "dog"), 3, 3));
        assertEquals(json("{'choice': 'cat'}"), decided.label());
        assertTrue(decided.lowConfidence());
    }

    @Test
    void majorityAtTheMaximumIsNotLowConfidence() {
        Outcome.Decided decided = decided(Consensus.decide(SINGLE, votes("cat", "dog", "bird", "dog", "dog"), 3, 5));
        assertEquals(json("{'choice': 'dog'}"), decided.label());
        assertFalse(decided.lowConfidence());
    }

    @Test
    void singleAnswerDecidesWhenRepetitionIsOne() {
        assertEquals(json("{'choice': 'bird'}"), decided(Consensus.decide(SINGLE, votes("bird"), 1, 3)).label());
    }

    @Test
    void singleChoiceOrderDoesNotMatter() {
        List<WorkerAnswer> answers = votes("bird", "cat", "dog", "cat", "bird");
        Outcome expected = Consensus.decide(SINGLE, answers, 3, 5);
        for (List<WorkerAnswer> order : Ballots.shuffles(answers)) {
            assertEquals(expected, Consensus.decide(SINGLE, order, 3, 5));
        }
        assertEquals(List.of("s1.label.1", "s1.label.2", "s1.label.3", "s1.label.4", "s1.label.5"),
                decided(expected).basedOnTaskIds());
    }

    // ---- multiple_choice -------------------------------------------------------------------------

    @Test
    void eachOptionChosenByMoreThanHalf() {
        Outcome.Decided decided = decided(Consensus.decide(MULTIPLE,
                answers("{'choices': ['cat', 'dog']}", "{'choices': ['dog']}", "{'choices': ['dog', 'cat', 'bird']}"), 3, 5));
        assertEquals(json("{'choices': ['cat', 'dog']}"), decided.label());
        // cat 2 of 3, dog 3 of 3, bird 1 of 3 (2 of 3 agree it is absent)
        assertEquals((2.0 / 3 + 1 + 2.0 / 3) / 3, decided.confidence(), 1e-12);
        assertFalse(decided.lowConfidence());
    }

    @Test
    void nothingChosenIsALabel() {
        Outcome.Decided decided = decided(Consensus.decide(MULTIPLE,
                answers("{'choices': []}", "{'choices': []}", "{'choices': ['bird']}"), 3, 5));
        assertEquals(json("{'choices': []}"), decided.label());
    }

    @Test
    void exactHalfOnAnOptionAsksForOneMore() {
        assertNeedMore(1, Consensus.decide(MULTIPLE,
                answers("{'choices': ['cat']}", "{'choices': ['cat', 'dog']}", "{'choices': ['cat']}", "{'choices': ['dog']}"), 3, 5));
    }

    @Test
    void exactHalfAtTheMaximumIsNotChosenAndFlagged() {
        Outcome.Decided decided = decided(Consensus.decide(MULTIPLE,
                answers("{'choices': ['cat']}", "{'choices': ['cat', 'dog']}", "{'choices': ['cat']}", "{'choices': ['dog']}"), 4, 4));
        assertEquals(json("{'choices': ['cat']}"), decided.label());
        assertTrue(decided.lowConfidence());
        // cat 3 of 4 yes, dog 2 of 4, bird 4 of 4 no
        assertEquals((0.75 + 0.5 + 1.0) / 3, decided.confidence(), 1e-12);
    }

    @Test
    void multipleChoiceOrderDoesNotMatter() {
        List<WorkerAnswer> answers = answers("{'choices': ['bird']}", "{'choices': ['cat', 'bird']}",
                "{'choices': ['dog']}", "{'choices': ['cat', 'dog', 'bird']}", "{'choices': []}");
        Outcome expected = Consensus.decide(MULTIPLE, answers, 3, 5);
        assertEquals(json("{'choices': ['bird']}"), decided(expected).label());
        for (List<WorkerAnswer> order : Ballots.shuffles(answers)) {
            assertEquals(expected, Consensus.decide(MULTIPLE, order, 3, 5));
        }
    }

    // ---- preconditions ---------------------------------------------------------------------------

    @Test
    void fewerAnswersThanRepetitionIsACallerError() {
        assertThrows(IllegalArgumentException.class, () -> Consensus.decide(SINGLE, votes("cat", "cat"), 3, 5));
    }

    @Test
    void repetitionAboveMaximumIsACallerError() {
        assertThrows(IllegalArgumentException.class, () -> Consensus.decide(SINGLE, votes("cat", "cat", "cat"), 3, 2));
    }

    @Test
    void theSameTaskCountedTwiceIsACallerError() {
        List<WorkerAnswer> answers = votes("cat", "cat");
        List<WorkerAnswer> twice = List.of(answers.get(0), answers.get(1), answers.get(0));
        assertThrows(IllegalArgumentException.class, () -> Consensus.decide(SINGLE, twice, 3, 5));
    }

    @Test
    void answerThatDoesNotFitTheTaskIsACallerError() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Consensus.decide(SINGLE, votes("cat", "cat", "cow"), 3, 5));
        assertTrue(refused.getMessage().contains("s1.label.3"), refused.getMessage());
    }
}
