package io.quorum.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Builds worker answers for consensus tests and checks outcomes. */
final class Ballots {

    private Ballots() {
    }

    /** One answer per JSON text (single quotes allowed), from tasks s1.label.1, s1.label.2, ... */
    static List<WorkerAnswer> answers(String... jsons) {
        List<WorkerAnswer> answers = new ArrayList<>();
        for (int i = 0; i < jsons.length; i++) {
            answers.add(answer(i + 1, AnswersTest.json(jsons[i])));
        }
        return answers;
    }

    static WorkerAnswer answer(int slot, JsonNode answer) {
        return new WorkerAnswer("s1.label." + slot, "W_" + String.format("%032x", slot), answer,
                Instant.parse("2024-05-01T10:00:00Z").plusSeconds(slot));
    }

    static Outcome.Decided decided(Outcome outcome) {
        return assertInstanceOf(Outcome.Decided.class, outcome);
    }

    static void assertNeedMore(int extra, Outcome outcome) {
        assertEquals(new Outcome.NeedMore(extra), outcome);
    }

    /** The answers in several shuffled orders, to show that the order does not matter. */
    static List<List<WorkerAnswer>> shuffles(List<WorkerAnswer> answers) {
        List<List<WorkerAnswer>> orders = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 8; i++) {
            List<WorkerAnswer> copy = new ArrayList<>(answers);
            Collections.shuffle(copy, random);
            orders.add(copy);
        }
        List<WorkerAnswer> reversed = new ArrayList<>(answers);
        Collections.reverse(reversed);
        orders.add(reversed);
        return orders;
    }
}
