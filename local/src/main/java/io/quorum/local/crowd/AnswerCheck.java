package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an answer agrees with an image's truth, for the crowd's observed accuracy. Choices must
 * match exactly; shapes must cover every object, in truth order, each box overlapping its object
 * by {@link #MIN_IOU} and each point within {@link #MAX_POINT_ERROR} pixels.
 */
public final class AnswerCheck {

    static final double MIN_IOU = 0.5;
    static final double MAX_POINT_ERROR = 5;

    private AnswerCheck() {
    }

    public static boolean matches(String taskType, JsonNode answer, GroundTruth truth, List<String> options) {
        List<Box> objects = truth.boxes();
        return switch (taskType) {
            case "single_choice" -> truth.className(options).map(answer.path("choice").asText()::equals).orElse(false);
            case "multiple_choice" -> truth.className(options).map(Set::of).map(choices(answer)::equals).orElse(false);
            case "rectangle_frame_select" -> allMatch(answer.path("boxes"), objects, (shape, box) -> box(shape).iou(box) >= MIN_IOU);
            case "free_point" -> allMatch(answer.path("points"), objects, (shape, box) -> near(shape, box.centreX(), box.centreY()));
            case "stroke" -> allMatch(answer.path("strokes"), objects, (shape, box) -> shape.size() == 2
                    && near(shape.get(0), box.x1(), box.y1()) && near(shape.get(1), box.x2(), box.y2()));
            case "cube_circle" -> allMatch(answer.path("cuboids"), objects, (shape, box) -> box(shape.path("front")).iou(box) >= MIN_IOU);
            default -> false;
        };
    }

    private interface ShapeMatch {
        boolean test(JsonNode shape, Box object);
    }

    private static boolean allMatch(JsonNode shapes, List<Box> objects, ShapeMatch match) {
        if (shapes.size() != objects.size()) {
            return false;
        }
        for (int i = 0; i < objects.size(); i++) {
            if (!match.test(shapes.get(i), objects.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> choices(JsonNode answer) {
        Set<String> choices = new HashSet<>();
        answer.path("choices").forEach(choice -> choices.add(choice.asText()));
        return choices;
    }

    private static Box box(JsonNode json) {
        return new Box(json.path("x1").asDouble(), json.path("y1").asDouble(), json.path("x2").asDouble(), json.path("y2").asDouble());
    }

    private static boolean near(JsonNode point, double x, double y) {
        return Math.hypot(point.path("x").asDouble() - x, point.path("y").asDouble() - y) <= MAX_POINT_ERROR;
    }
}
