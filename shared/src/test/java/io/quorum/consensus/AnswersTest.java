package io.quorum.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import io.quorum.workflow.TaskType;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswersTest {

    private static final List<String> ANIMALS = List.of("cat", "dog", "bird");

    private static AnswerContext choices(TaskType type) {
        return new AnswerContext(type, ANIMALS, OptionalInt.empty(), OptionalInt.empty());
    }

    private static AnswerContext image(TaskType type) {
        return new AnswerContext(type, List.of(), OptionalInt.of(640), OptionalInt.of(480));
    }

    private static AnswerContext unknownSize(TaskType type) {
        return new AnswerContext(type, List.of(), OptionalInt.empty(), OptionalInt.empty());
    }

    /** JSON with single quotes for readability. */
    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void assertRefused(AnswerContext context, JsonNode answer, String detail) {
        DomainException refused = assertThrows(DomainException.class, () -> Answers.validate(context, answer));
        assertEquals(Failure.ANSWER_INVALID, refused.failure());
        assertEquals(detail, refused.detail());
    }

    private static void assertRefused(AnswerContext context, String answer, String detail) {
        assertRefused(context, json(answer), detail);
    }

    // ---- answer itself ---------------------------------------------------------------------------

    @Test
    void missingAnswerIsRefused() {
        assertRefused(choices(TaskType.SINGLE_CHOICE), (JsonNode) null, "answer is required");
        assertRefused(choices(TaskType.SINGLE_CHOICE), "null", "answer is required");
    }

    @Test
    void answerMustBeAnObject() {
        assertRefused(choices(TaskType.SINGLE_CHOICE), "['cat']", "answer must be an object");
        assertRefused(choices(TaskType.SINGLE_CHOICE), "'cat'", "answer must be an object");
    }

    @Test
    void answerOfAnotherTaskTypeIsRefused() {
        assertRefused(image(TaskType.FREE_POINT), "{'boxes': []}", "answer.boxes is not allowed");
        assertRefused(image(TaskType.FREE_POINT), "{}", "answer.points is required");
    }

    // ---- single_choice ---------------------------------------------------------------------------

    @Test
    void singleChoiceIsReturnedCanonical() {
        assertEquals(json("{'choice': 'dog'}"), Answers.validate(choices(TaskType.SINGLE_CHOICE), json("{'choice': 'dog'}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}                                 | answer.choice is required",
        "{'choice': null}                   | answer.choice is required",
        "{'choice': 'cow'}                  | answer.choice must be one of the options",
        "{'choice': 'Cat'}                  | answer.choice must be one of the options",
        "{'choice': 1}                      | answer.choice must be a string",
        "{'choice': ['cat']}                | answer.choice must be a string",
        "{'choice': 'cat', 'sure': true}    | answer.sure is not allowed",
    })
    void singleChoiceRefusals(String answer, String detail) {
        assertRefused(choices(TaskType.SINGLE_CHOICE), answer, detail);
    }

    // ---- multiple_choice -------------------------------------------------------------------------

    @Test
    void multipleChoicesComeBackInOptionOrder() {
        assertEquals(json("{'choices': ['cat', 'bird']}"),
                Answers.validate(choices(TaskType.MULTIPLE_CHOICE), json("{'choices': ['bird', 'cat']}")));
    }

    @Test
    void noChoiceIsAnAnswer() {
        assertEquals(json("{'choices': []}"), Answers.validate(choices(TaskType.MULTIPLE_CHOICE), json("{'choices': []}")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'choices': 'cat'}                 | answer.choices must be an array",
        "{'choices': ['cat', 'cow']}        | answer.choices[1] must be one of the options",
        "{'choices': ['cat', 3]}            | answer.choices[1] must be a string",
        "{'choices': ['dog', 'cat', 'dog']} | answer.choices[2] repeats an earlier choice",
        "{'choice': 'cat'}                  | answer.choice is not allowed",
    })
    void multipleChoiceRefusals(String answer, String detail) {
        assertRefused(choices(TaskType.MULTIPLE_CHOICE), answer, detail);
    }

    // ---- rectangle_frame_select ------------------------------------------------------------------

    @Test
    void boxesComeBackAsDoublesInFixedOrder() {
        JsonNode canonical = Answers.validate(image(TaskType.RECTANGLE_FRAME_SELECT),
                json("{'boxes': [{'y2': 40, 'x2': 30.5, 'y1': 0, 'x1': 10}]}"));
        assertEquals("{\"boxes\":[{\"x1\":10.0,\"y1\":0.0,\"x2\":30.5,\"y2\":40.0}]}", canonical.toString());
    }

    @Test
    void boxesMayTouchTheImageEdges() {
        JsonNode answer = json("{'boxes': [{'x1': 0, 'y1': 0, 'x2': 640, 'y2': 480}]}");
        assertEquals(1, Answers.validate(image(TaskType.RECTANGLE_FRAME_SELECT), answer).get("boxes").size());
    }

    @Test
    void negativeZeroBecomesZero() {
        JsonNode canonical = Answers.validate(image(TaskType.FREE_POINT), json("{'points': [{'x': -0.0, 'y': 1}]}"));
        assertEquals("{\"points\":[{\"x\":0.0,\"y\":1.0}]}", canonical.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'boxes': {}}                                                    | answer.boxes must be an array",
        "{'boxes': [[1, 2, 3, 4]]}                                        | answer.boxes[0] must be an object",
        "{'boxes': [{'x1': 1, 'y1': 2, 'x2': 3}]}                         | answer.boxes[0].y2 is required",
        "{'boxes': [{'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4, 'label': 'a'}]}  | answer.boxes[0].label is not allowed",
        "{'boxes': [{'x1': '1', 'y1': 2, 'x2': 3, 'y2': 4}]}              | answer.boxes[0].x1 must be a number",
        "{'boxes': [{'x1': 1, 'y1': 2, 'x2': 3, 'y2': true}]}             | answer.boxes[0].y2 must be a number",
        "{'boxes': [{'x1': 1e999, 'y1': 2, 'x2': 3, 'y2': 4}]}            | answer.boxes[0].x1 must be a finite number",
        "{'boxes': [{'x1': -1, 'y1': 2, 'x2': 3, 'y2': 4}]}               | answer.boxes[0].x1 must be within [0, 640]",
        "{'boxes': [{'x1': 1, 'y1': 2, 'x2': 641, 'y2': 4}]}              | answer.boxes[0].x2 must be within [0, 640]",
        "{'boxes': [{'x1': 1, 'y1': 2, 'x2': 3, 'y2': 480.5}]}            | answer.boxes[0].y2 must be within [0, 480]",
        "{'boxes': [{'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}, {'x1': 5, 'y1': 2, 'x2': 5, 'y2': 4}, {'x1': 9, 'y1': 2, 'x2': 3, 'y2': 4}]} | answer.boxes[1].x2 must be greater than x1",
        "{'boxes': [{'x1': 1, 'y1': 4, 'x2': 3, 'y2': 2}]}                | answer.boxes[0].y2 must be greater than y1",
    })
    void boxRefusals(String answer, String detail) {
        assertRefused(image(TaskType.RECTANGLE_FRAME_SELECT), answer, detail);
    }

    @Test
    void boxOrderIsCheckedPerBox() {
        assertRefused(image(TaskType.RECTANGLE_FRAME_SELECT),
                "{'boxes': [{'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}, {'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}, {'x1': 9, 'y1': 2, 'x2': 3, 'y2': 4}]}",
                "answer.boxes[2].x2 must be greater than x1");
    }

    @Test
    void atMostOneHundredBoxes() {
        StringBuilder boxes = new StringBuilder("{'boxes': [");
        for (int i = 0; i < 101; i++) {
            boxes.append(i == 0 ? "" : ",").append("{'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}");
        }
        String tooMany = boxes.append("]}").toString();
        assertRefused(image(TaskType.RECTANGLE_FRAME_SELECT), tooMany, "answer.boxes must have at most 100 boxes");
        String enough = tooMany.replaceFirst("\\{'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4},", "");
        assertEquals(100, Answers.validate(image(TaskType.RECTANGLE_FRAME_SELECT), json(enough)).get("boxes").size());
    }

    @Test
    void nonFiniteNumbersBuiltInCodeAreRefused() {
        ObjectNode point = Json.object().put("x", 1.0);
        point.set("y", DoubleNode.valueOf(Double.NaN));
        ObjectNode answer = Json.object();
        answer.putArray("points").add(point);
        assertRefused(unknownSize(TaskType.FREE_POINT), answer, "answer.points[0].y must be a finite number");
    }

    @Test
    void unknownImageSizeOnlyRequiresNonNegativeCoordinates() {
        JsonNode far = json("{'boxes': [{'x1': 5000, 'y1': 6000, 'x2': 7000, 'y2': 8000}]}");
        assertEquals(1, Answers.validate(unknownSize(TaskType.RECTANGLE_FRAME_SELECT), far).get("boxes").size());
        assertRefused(unknownSize(TaskType.RECTANGLE_FRAME_SELECT), "{'boxes': [{'x1': 1, 'y1': -2, 'x2': 3, 'y2': 4}]}",
                "answer.boxes[0].y1 must not be negative");
    }

    @Test
    void eachSideOfTheImageIsCheckedWhenKnown() {
        AnswerContext widthOnly = new AnswerContext(TaskType.FREE_POINT, List.of(), OptionalInt.of(100), OptionalInt.empty());
        assertEquals(1, Answers.validate(widthOnly, json("{'points': [{'x': 100, 'y': 5000}]}")).get("points").size());
        assertRefused(widthOnly, "{'points': [{'x': 101, 'y': 5}]}", "answer.points[0].x must be within [0, 100]");
    }

    // ---- free_point ------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'points': [{'x': 1}]}                     | answer.points[0].y is required",
        "{'points': [{'x': 1, 'y': 2, 'z': 3}]}     | answer.points[0].z is not allowed",
        "{'points': [{'x': 1, 'y': 2}, {'x': 1, 'y': 481}] } | answer.points[1].y must be within [0, 480]",
        "{'points': [[1, 2]]}                       | answer.points[0] must be an object",
        "{'points': null}                           | answer.points is required",
    })
    void pointRefusals(String answer, String detail) {
        assertRefused(image(TaskType.FREE_POINT), answer, detail);
    }

    @Test
    void pointsComeBackCanonical() {
        assertEquals("{\"points\":[{\"x\":3.0,\"y\":4.5}]}",
                Answers.validate(image(TaskType.FREE_POINT), json("{'points': [{'y': 4.5, 'x': 3}]}")).toString());
    }

    // ---- stroke ----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'strokes': [[{'x': 1, 'y': 2}]]}                          | answer.strokes[0] must have at least 2 points",
        "{'strokes': [[]]}                                          | answer.strokes[0] must have at least 2 points",
        "{'strokes': [{'x': 1, 'y': 2}]}                            | answer.strokes[0] must be an array",
        "{'strokes': [[{'x': 1, 'y': 2}, {'x': 700, 'y': 2}]]}      | answer.strokes[0][1].x must be within [0, 640]",
        "{'strokes': [[{'x': 1, 'y': 2}, {'x': 3, 'y': 2, 'p': 1}]]} | answer.strokes[0][1].p is not allowed",
    })
    void strokeRefusals(String answer, String detail) {
        assertRefused(image(TaskType.STROKE), answer, detail);
    }

    @Test
    void atMostOneThousandPointsPerStroke() {
        StringBuilder stroke = new StringBuilder("{'strokes': [[");
        for (int i = 0; i < 1001; i++) {
            stroke.append(i == 0 ? "" : ",").append("{'x': 1, 'y': 2}");
        }
        assertRefused(image(TaskType.STROKE), stroke.append("]]}").toString(), "answer.strokes[0] must have at most 1000 points");
    }

    @Test
    void strokesComeBackCanonical() {
        assertEquals("{\"strokes\":[[{\"x\":1.0,\"y\":2.0},{\"x\":3.0,\"y\":4.0}]]}",
                Answers.validate(image(TaskType.STROKE), json("{'strokes': [[{'x': 1, 'y': 2}, {'y': 4, 'x': 3}]]}")).toString());
    }

    // ---- cube_circle -----------------------------------------------------------------------------

    @Test
    void cuboidsComeBackCanonical() {
        JsonNode answer = json("{'cuboids': [{'back': {'x1': 20, 'y1': 10, 'x2': 60, 'y2': 50},"
                + " 'front': {'x1': 10, 'y1': 20, 'x2': 50, 'y2': 60}}]}");
        assertEquals("{\"cuboids\":[{\"front\":{\"x1\":10.0,\"y1\":20.0,\"x2\":50.0,\"y2\":60.0},"
                + "\"back\":{\"x1\":20.0,\"y1\":10.0,\"x2\":60.0,\"y2\":50.0}}]}",
                Answers.validate(image(TaskType.CUBE_CIRCLE), answer).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'cuboids': [{'front': {'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}}]}  | answer.cuboids[0].back is required",
        "{'cuboids': [{'front': {'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}, 'back': {'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}, 'side': 1}]} | answer.cuboids[0].side is not allowed",
        "{'cuboids': [{'front': {'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}, 'back': {'x1': 5, 'y1': 2, 'x2': 3, 'y2': 4}}]} | answer.cuboids[0].back.x2 must be greater than x1",
        "{'cuboids': [{'front': [1, 2, 3, 4], 'back': {'x1': 1, 'y1': 2, 'x2': 3, 'y2': 4}}]} | answer.cuboids[0].front must be an object",
        "{'boxes': []}                                                   | answer.boxes is not allowed",
    })
    void cuboidRefusals(String answer, String detail) {
        assertRefused(image(TaskType.CUBE_CIRCLE), answer, detail);
    }
}
