package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;

/**
 * Checks a worker's answer against its task and returns it in canonical form.
 *
 * <p>Answers by task type (no other member is allowed anywhere; coordinates are finite numbers in
 * image pixels within {@code [0, imageWidth] x [0, imageHeight]}, or only non-negative when the
 * image size is unknown; at most 100 shapes per answer):
 * <ul>
 *   <li>single_choice {@code {"choice": "cat"}}: one of the options;</li>
 *   <li>multiple_choice {@code {"choices": ["a", "b"]}}: distinct options, possibly none;</li>
 *   <li>rectangle_frame_select {@code {"boxes": [{"x1", "y1", "x2", "y2"}]}}: {@code x1 < x2}, {@code y1 < y2};</li>
 *   <li>free_point {@code {"points": [{"x", "y"}]}};</li>
 *   <li>stroke {@code {"strokes": [[{"x", "y"}, ...]]}}: 2 to 1000 points per stroke;</li>
 *   <li>cube_circle {@code {"cuboids": [{"front": box, "back": box}]}}: the near and far faces, boxes as above.</li>
 * </ul>
 * The canonical form has members in that order, every coordinate as a double, choices in option order.
 */
public final class Answers {

    private Answers() {
    }

    /** @throws DomainException {@link Failure#ANSWER_INVALID} naming what is wrong, e.g. {@code answer.boxes[2].x2 must be greater than x1} */
    public static JsonNode validate(AnswerContext context, JsonNode answer) {
        AnswerReader reader = new AnswerReader(context);
        return switch (context.taskType()) {
            case SINGLE_CHOICE -> Labels.choice(reader.choice(answer));
            case MULTIPLE_CHOICE -> Labels.choices(reader.choices(answer));
            case RECTANGLE_FRAME_SELECT -> Labels.boxes(reader.boxes(answer));
            case FREE_POINT -> Labels.points(reader.points(answer));
            case STROKE -> Labels.strokes(reader.strokes(answer));
            case CUBE_CIRCLE -> Labels.cuboids(reader.cuboids(answer));
        };
    }
}
