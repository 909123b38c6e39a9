package io.quorum.consensus;

import static io.quorum.consensus.AnswersTest.json;
import static io.quorum.consensus.Ballots.answers;
import static io.quorum.consensus.Ballots.assertNeedMore;
import static io.quorum.consensus.Ballots.decided;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.workflow.TaskType;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ConsensusShapesTest {

    private static AnswerContext image(TaskType type) {
        return new AnswerContext(type, List.of(), OptionalInt.of(640), OptionalInt.of(480));
    }

    private static AnswerContext unknownSize(TaskType type) {
        return new AnswerContext(type, List.of(), OptionalInt.empty(), OptionalInt.empty());
    }

    private static String box(double x1, double y1, double x2, double y2) {
        return "{'x1': " + x1 + ", 'y1': " + y1 + ", 'x2': " + x2 + ", 'y2': " + y2 + "}";
    }

    private static String boxes(String... boxes) {
        return "{'boxes': [" + String.join(", ", boxes) + "]}";
    }

    private static void assertBox(JsonNode box, double x1, double y1, double x2, double y2) {
        assertEquals(x1, box.get("x1").doubleValue(), 1e-9, box::toString);
        assertEquals(y1, box.get("y1").doubleValue(), 1e-9, box::toString);
        assertEquals(x2, box.get("x2").doubleValue(), 1e-9, box::toString);
        assertEquals(y2, box.get("y2").doubleValue(), 1e-9, box::toString);
    }

    // ---- boxes -----------------------------------------------------------------------------------

    /** Three workers: all drew the cat, two drew the dog, one also drew a stray box. */
    private static List<WorkerAnswer> noisyBoxes() {
        return answers(
                boxes(box(100, 100, 200, 200), box(300, 50, 400, 150)),
                boxes(box(296, 52, 398, 149), box(10, 10, 50, 50), box(104, 98, 203, 205)),
                boxes(box(97, 103, 199, 196)));
    }

    @Test
    void boxesMostWorkersDrewAreAveragedAndBoxesOneWorkerDrewAreDropped() {
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT), noisyBoxes(), 3, 5));
        JsonNode boxes = decided.label().get("boxes");
        assertEquals(2, boxes.size(), decided.label()::toString);
        // listed by (y1, x1): the dog (y1 ~ 51) before the cat (y1 ~ 100)
        assertBox(boxes.get(0), 298, 51, 399, 149.5);
        assertBox(boxes.get(1), 301.0 / 3, 301.0 / 3, 602.0 / 3, 601.0 / 3);
        // kept support 3/3 and 2/3, two of three clusters kept
        assertEquals((1 + 2.0 / 3) / 2 * (2.0 / 3), decided.confidence(), 1e-12);
        assertFalse(decided.lowConfidence());
        assertEquals(List.of("s1.label.1", "s1.label.2", "s1.label.3"), decided.basedOnTaskIds());
    }

    @Test
    void boxOrderOfAnswersDoesNotMatter() {
        List<WorkerAnswer> answers = noisyBoxes();
        Outcome expected = Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT), answers, 3, 5);
        for (List<WorkerAnswer> order : Ballots.shuffles(answers)) {
            assertEquals(expected, Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT), order, 3, 5));
        }
    }

    @Test
    void nobodyDrawingAnythingIsACertainEmptyLabel() {
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT),
                answers(boxes(), boxes(), boxes()), 3, 5));
        assertEquals(json("{'boxes': []}"), decided.label());
        assertEquals(1.0, decided.confidence());
    }

    @Test
    void aStrayBoxLowersTheConfidenceOfAnEmptyLabel() {
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT),
                answers(boxes(), boxes(box(1, 1, 20, 20)), boxes()), 3, 5));
        assertEquals(json("{'boxes': []}"), decided.label());
        assertEquals(2.0 / 3, decided.confidence(), 1e-12);
    }

    @Test
    void boxesThatBarelyOverlapAreDifferentObjects() {
        // IoU of these two is 1/3: below 0.5, so two clusters of one worker each out of two
        Outcome outcome = Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT),
                answers(boxes(box(0, 0, 100, 100)), boxes(box(50, 0, 150, 100)), boxes()), 3, 5);
        assertEquals(json("{'boxes': []}"), decided(outcome).label());
    }

    @Test
    void boxDrawnByExactlyHalfAsksForOneMore() {
        assertNeedMore(1, Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT),
                answers(boxes(box(10, 10, 50, 50)), boxes(box(11, 10, 50, 51)), boxes(), boxes()), 3, 5));
    }

    @Test
    void boxDrawnByExactlyHalfAtTheMaximumIsDroppedAndFlagged() {
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT),
                answers(boxes(box(10, 10, 50, 50), box(200, 200, 300, 300)), boxes(box(11, 10, 50, 51), box(201, 199, 300, 300)),
                        boxes(box(200, 201, 299, 300)), boxes(box(199, 200, 300, 301))), 4, 4));
        assertEquals(1, decided.label().get("boxes").size());
        assertBox(decided.label().get("boxes").get(0), 200, 200, 299.75, 300.25);
        assertTrue(decided.lowConfidence());
        assertEquals(1.0 * 1 / 2, decided.confidence(), 1e-12);
    }

    @Test
    void aWorkerCountsOnceForAnObjectEvenWhenDrawingItTwice() {
        // worker 1 drew the same object twice: the closer copy joins worker 2's box, the other stays alone
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT),
                answers(boxes(box(100, 100, 200, 200), box(102, 102, 202, 202)), boxes(box(101.5, 101.5, 201.5, 201.5)), boxes()), 3, 5));
        assertEquals(1, decided.label().get("boxes").size());
        assertBox(decided.label().get("boxes").get(0), 101.75, 101.75, 201.75, 201.75);
    }

    @Test
    void aChainOfShiftedBoxesDoesNotMergeTwoObjects() {
        // a-b and b-c overlap with IoU >= 0.5, but a-c do not: b joins the closer one only
        String a = box(0, 0, 100, 100);
        String b = box(30, 0, 130, 100);
        String c = box(60, 0, 160, 100);
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.RECTANGLE_FRAME_SELECT),
                answers(boxes(a), boxes(b), boxes(c)), 3, 3));
        // whichever pair forms, it has 2 of 3 workers and is kept; the third stays alone
        assertEquals(1, decided.label().get("boxes").size());
    }

    // ---- cuboids ---------------------------------------------------------------------------------

    private static String cuboid(double dx, double dy) {
        return "{'front': " + box(100 + dx, 100 + dy, 200 + dx, 200 + dy) + ", 'back': " + box(130 + dx, 70 + dy, 230 + dx, 170 + dy) + "}";
    }

    @Test
    void cuboidsMostWorkersDrewAreAveragedFaceByFace() {
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.CUBE_CIRCLE), answers(
                "{'cuboids': [" + cuboid(0, 0) + "]}",
                "{'cuboids': [" + cuboid(3, -3) + ", {'front': " + box(400, 300, 450, 350) + ", 'back': " + box(410, 290, 460, 340) + "}]}",
                "{'cuboids': [" + cuboid(-6, 6) + "]}"), 3, 5));
        JsonNode cuboids = decided.label().get("cuboids");
        assertEquals(1, cuboids.size(), decided.label()::toString);
        assertBox(cuboids.get(0).get("front"), 99, 101, 199, 201);
        assertBox(cuboids.get(0).get("back"), 129, 71, 229, 171);
        assertEquals(1.0 / 2, decided.confidence(), 1e-12);
    }

    @Test
    void cuboidsWithMatchingFrontsButDifferentBacksAreDifferentObjects() {
        String same = "{'front': " + box(100, 100, 200, 200) + ", 'back': " + box(130, 70, 230, 170) + "}";
        String otherBack = "{'front': " + box(100, 100, 200, 200) + ", 'back': " + box(400, 300, 500, 400) + "}";
        // mean face IoU = (1 + 0) / 2 = 0.5 matches; a front slightly off brings it below
        String offFront = "{'front': " + box(110, 100, 210, 200) + ", 'back': " + box(400, 300, 500, 400) + "}";
        assertEquals(1, decided(Consensus.decide(image(TaskType.CUBE_CIRCLE),
                answers("{'cuboids': [" + same + "]}", "{'cuboids': [" + otherBack + "]}"), 2, 2)).label().get("cuboids").size());
        assertEquals(0, decided(Consensus.decide(image(TaskType.CUBE_CIRCLE),
                answers("{'cuboids': [" + same + "]}", "{'cuboids': [" + offFront + "]}"), 2, 2)).label().get("cuboids").size());
    }

    // ---- points ----------------------------------------------------------------------------------

    @Test
    void pointsMatchWithinTwoPercentOfTheImageDiagonal() {
        // 640 x 480: the diagonal is 800, so points within 16 px are the same object; 300 and 318 are not
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.FREE_POINT), answers(
                "{'points': [{'x': 100, 'y': 100}, {'x': 300, 'y': 300}]}",
                "{'points': [{'x': 110, 'y': 108}, {'x': 318, 'y': 300}]}",
                "{'points': [{'x': 104, 'y': 96}]}"), 3, 5));
        assertEquals(1, decided.label().get("points").size(), decided.label()::toString);
        JsonNode point = decided.label().get("points").get(0);
        assertEquals(314.0 / 3, point.get("x").doubleValue(), 1e-9);
        assertEquals(304.0 / 3, point.get("y").doubleValue(), 1e-9);
    }

    @Test
    void pointsMatchWithinTenPixelsWhenTheImageSizeIsUnknown() {
        List<WorkerAnswer> answers = answers(
                "{'points': [{'x': 100, 'y': 100}]}",
                "{'points': [{'x': 112, 'y': 100}]}",
                "{'points': []}");
        assertEquals(0, decided(Consensus.decide(unknownSize(TaskType.FREE_POINT), answers, 3, 5)).label().get("points").size());
        assertEquals(1, decided(Consensus.decide(image(TaskType.FREE_POINT), answers, 3, 5)).label().get("points").size());
    }

    @Test
    void pointsAreListedTopToBottom() {
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.FREE_POINT), answers(
                "{'points': [{'x': 10, 'y': 400}, {'x': 500, 'y': 20}]}",
                "{'points': [{'x': 500, 'y': 20}, {'x': 10, 'y': 400}]}"), 2, 2));
        assertEquals(json("{'points': [{'x': 500.0, 'y': 20.0}, {'x': 10.0, 'y': 400.0}]}"), decided.label());
        assertEquals(1.0, decided.confidence());
    }

    // ---- strokes ---------------------------------------------------------------------------------

    @Test
    void strokesDrawnInOppositeDirectionsMatchAndAverageIntoThirtyTwoPoints() {
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.STROKE), answers(
                "{'strokes': [[{'x': 0, 'y': 100}, {'x': 310, 'y': 100}]]}",
                "{'strokes': [[{'x': 310, 'y': 103}, {'x': 200, 'y': 103}, {'x': 0, 'y': 103}]]}",
                "{'strokes': [[{'x': 0, 'y': 97}, {'x': 155, 'y': 97}, {'x': 310, 'y': 97}], [{'x': 0, 'y': 0}, {'x': 5, 'y': 400}]]}"),
                3, 5));
        JsonNode strokes = decided.label().get("strokes");
        assertEquals(1, strokes.size(), decided.label()::toString);
        JsonNode stroke = strokes.get(0);
        assertEquals(StrokeGeometry.SAMPLES, stroke.size());
        // in the direction of the first answer, evenly spaced: 310 / 31 = 10 px apart
        for (int i = 0; i < stroke.size(); i++) {
            assertEquals(10.0 * i, stroke.get(i).get("x").doubleValue(), 1e-9);
            assertEquals(100.0, stroke.get(i).get("y").doubleValue(), 1e-9);
        }
        assertEquals(1.0 / 2, decided.confidence(), 1e-12);
    }

    @Test
    void strokesFartherApartThanTheMatchDistanceAreDifferentObjects() {
        // 20 px apart everywhere, the match distance is 16 px
        Outcome.Decided decided = decided(Consensus.decide(image(TaskType.STROKE), answers(
                "{'strokes': [[{'x': 0, 'y': 100}, {'x': 300, 'y': 100}]]}",
                "{'strokes': [[{'x': 0, 'y': 120}, {'x': 300, 'y': 120}]]}"), 2, 2));
        assertEquals(json("{'strokes': []}"), decided.label());
    }

    @Test
    void strokeOrderOfAnswersDoesNotMatter() {
        List<WorkerAnswer> answers = answers(
                "{'strokes': [[{'x': 0, 'y': 100}, {'x': 310, 'y': 100}], [{'x': 50, 'y': 50}, {'x': 60, 'y': 300}]]}",
                "{'strokes': [[{'x': 310, 'y': 103}, {'x': 0, 'y': 103}], [{'x': 62, 'y': 301}, {'x': 51, 'y': 49}]]}",
                "{'strokes': [[{'x': 55, 'y': 52}, {'x': 58, 'y': 302}]]}");
        Outcome expected = Consensus.decide(image(TaskType.STROKE), answers, 3, 5);
        assertEquals(2, decided(expected).label().get("strokes").size());
        for (List<WorkerAnswer> order : Ballots.shuffles(answers)) {
            assertEquals(expected, Consensus.decide(image(TaskType.STROKE), order, 3, 5));
        }
    }
}
