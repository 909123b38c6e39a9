package io.quorum.local.crowd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatedWorkerTest {

    private static final List<String> ANIMALS = List.of("cat", "dog", "bird", "fish");
    private static final List<String> SHAPE_TYPES = List.of("rectangle_frame_select", "free_point", "stroke", "cube_circle");

    /** Generated once: the statistics below draw thousands of answers over these. */
    private static final List<DemoImage> POOL = new DemoImages(11, ANIMALS).images(240);

    private static DemoImage pooled(int i) {
        return POOL.get(i % POOL.size());
    }

    private static ClaimedTask task(String taskType, List<String> options) {
        return new ClaimedTask("token", "p1_x", "s1", taskType, options, "image", "http://unused", OptionalInt.empty(), OptionalInt.empty());
    }

    private static SimulatedWorker worker(double accuracy, double boxNoise, double missRate, long seed) {
        return new SimulatedWorker(new WorkerProfile(accuracy, boxNoise, missRate, 0, WorkerProfile.ThinkJitter.EXPONENTIAL), new SplittableRandom(seed));
    }

    @Test
    void everyAnswerHasTheContractShapeEvenWithHeavyNoise() {
        SimulatedWorker noisy = worker(0.6, 25, 0.3, 9);
        for (int index = 0; index < 300; index++) {
            DemoImage image = pooled(index);
            ImageSize size = new ImageSize(image.width(), image.height());
            for (String type : List.of("single_choice", "multiple_choice")) {
                ObjectNode answer = noisy.answer(task(type, ANIMALS), Optional.of(image.truth()), Optional.of(size)).orElseThrow();
                assertEquals(List.of(), ContractAnswers.problems(type, answer, ANIMALS, image.width(), image.height()), answer.toString());
            }
            for (String type : SHAPE_TYPES) {
                ObjectNode answer = noisy.answer(task(type, List.of()), Optional.of(image.truth()), Optional.of(size)).orElseThrow();
                assertEquals(List.of(), ContractAnswers.problems(type, answer, List.of(), image.width(), image.height()), answer.toString());
            }
        }
    }

    @Test
    void unreadableImagesGetARandomValidAnswer() {
        SimulatedWorker guesser = worker(0.9, 3, 0, 4);
        Map<String, Integer> picked = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            ObjectNode answer = guesser.answer(task("single_choice", ANIMALS), Optional.empty(), Optional.empty()).orElseThrow();
            picked.merge(answer.get("choice").asText(), 1, Integer::sum);
            for (String type : SHAPE_TYPES) {
                ObjectNode shapes = guesser.answer(task(type, List.of()), Optional.empty(), Optional.of(new ImageSize(33, 17))).orElseThrow();
                assertEquals(List.of(), ContractAnswers.problems(type, shapes, List.of(), 33, 17), shapes.toString());
            }
        }
        assertEquals(ANIMALS.size(), picked.size(), "every option guessed sometimes: " + picked);
    }

    @Test
    void tasksItCannotAnswerAreDeclined() {
        SimulatedWorker worker = worker(1, 0, 0, 1);
        assertEquals(Optional.empty(), worker.answer(task("transcribe", List.of()), Optional.empty(), Optional.empty()));
        assertEquals(Optional.empty(), worker.answer(task("single_choice", List.of()), Optional.empty(), Optional.empty()));
        assertEquals(Optional.empty(), worker.answer(task("rectangle_frame_select", List.of()), Optional.empty(), Optional.empty()), "no size known");
    }

    @Test
    void observedAccuracyFollowsTheProfileAndWrongChoicesAreSpreadEvenly() {
        for (double accuracy : new double[] {1.0, 0.9, 0.7, 0.4}) {
            SimulatedWorker worker = worker(accuracy, 0, 0, 17);
            int trials = 4000;
            int right = 0;
            Map<String, Integer> wrongByOption = new HashMap<>();
            for (int i = 0; i < trials; i++) {
                DemoImage image = pooled(i);
                ObjectNode answer = worker.answer(task("single_choice", ANIMALS), Optional.of(image.truth()), Optional.empty()).orElseThrow();
                if (AnswerCheck.matches("single_choice", answer, image.truth(), ANIMALS)) {
                    right++;
                } else {
                    wrongByOption.merge(image.className() + "->" + answer.get("choice").asText(), 1, Integer::sum);
                }
            }
            assertEquals(accuracy, right / (double) trials, 0.03, "accuracy " + accuracy);
            if (accuracy < 1) {
                // 4 classes x 3 wrong options, each about equally likely.
                assertEquals(12, wrongByOption.size(), wrongByOption.toString());
                double expected = (trials - right) / 12.0;
                wrongByOption.values().forEach(count -> assertEquals(expected, count, expected * 0.35, wrongByOption.toString()));
            }
        }
    }

    @Test
    void multipleChoiceFlipsEachOptionWithOneMinusAccuracy() {
        SimulatedWorker worker = worker(0.9, 0, 0, 23);
        int trials = 4000;
        int exact = 0;
        for (int i = 0; i < trials; i++) {
            DemoImage image = pooled(i);
            ObjectNode answer = worker.answer(task("multiple_choice", ANIMALS), Optional.of(image.truth()), Optional.empty()).orElseThrow();
            if (AnswerCheck.matches("multiple_choice", answer, image.truth(), ANIMALS)) {
                exact++;
            }
        }
        assertEquals(Math.pow(0.9, ANIMALS.size()), exact / (double) trials, 0.03);
    }

    @Test
    void noiselessShapesAreTheTruthAndNoisyOnesStayCloseOrMissAtTheMissRate() {
        SimulatedWorker exact = worker(1, 0, 0, 3);
        for (int i = 0; i < 100; i++) {
            DemoImage image = pooled(i);
            ImageSize size = new ImageSize(image.width(), image.height());
            for (String type : SHAPE_TYPES) {
                ObjectNode answer = exact.answer(task(type, List.of()), Optional.of(image.truth()), Optional.of(size)).orElseThrow();
                assertTrue(AnswerCheck.matches(type, answer, image.truth(), List.of()), type + " " + answer);
            }
            ObjectNode boxes = exact.answer(task("rectangle_frame_select", List.of()), Optional.of(image.truth()), Optional.of(size)).orElseThrow();
            assertEquals(image.boxes().get(0).toJson(), boxes.get("boxes").get(0), "no noise: the truth itself");
        }
        SimulatedWorker missing = worker(1, 2, 0.2, 3);
        int objects = 0;
        int drawn = 0;
        for (int i = 0; i < 1000; i++) {
            DemoImage image = pooled(i);
            ObjectNode answer = missing.answer(task("rectangle_frame_select", List.of()), Optional.of(image.truth()),
                    Optional.of(new ImageSize(image.width(), image.height()))).orElseThrow();
            objects += image.boxes().size();
            drawn += answer.get("boxes").size();
        }
        assertEquals(0.8, drawn / (double) objects, 0.04, "miss rate 0.2");
    }

    @Test
    void jitteredBoxesStayInsideAndOrderedEvenAtTheBorder() {
        SimulatedWorker wild = worker(1, 100, 0, 5);
        ImageSize size = new ImageSize(64, 64);
        for (int i = 0; i < 2000; i++) {
            Box box = wild.jitter(new Box(0, 0, 64, 64), size);
            assertTrue(box.x1() >= 0 && box.x1() < box.x2() && box.x2() <= 64 && box.y1() >= 0 && box.y1() < box.y2() && box.y2() <= 64, box.toString());
        }
    }

    @Test
    void thinkTimeAveragesTheMean() {
        for (WorkerProfile.ThinkJitter jitter : WorkerProfile.ThinkJitter.values()) {
            SimulatedWorker worker = new SimulatedWorker(new WorkerProfile(1, 0, 0, 200, jitter), new SplittableRandom(1));
            long total = 0;
            for (int i = 0; i < 5000; i++) {
                long think = worker.thinkMillis();
                assertTrue(think >= 0);
                total += think;
            }
            assertEquals(200, total / 5000.0, 12, jitter.name());
        }
        assertEquals(0, worker(1, 0, 0, 1).thinkMillis());
    }
}
