package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** The worker API contract's answer shapes, checked strictly: what the engine will refuse with code 32. */
final class ContractAnswers {

    private ContractAnswers() {
    }

    /** Every problem with the answer; empty when it is valid. */
    static List<String> problems(String taskType, JsonNode answer, List<String> options, int width, int height) {
        List<String> problems = new ArrayList<>();
        if (!answer.isObject()) {
            return List.of("answer is not an object");
        }
        switch (taskType) {
            case "single_choice" -> {
                onlyFields(answer, Set.of("choice"), problems);
                if (!answer.path("choice").isTextual() || !options.contains(answer.get("choice").asText())) {
                    problems.add("choice is not one of the options: " + answer.path("choice"));
                }
            }
            case "multiple_choice" -> {
                onlyFields(answer, Set.of("choices"), problems);
                Set<String> seen = new HashSet<>();
                if (!answer.path("choices").isArray()) {
                    problems.add("choices is not an array");
                }
                for (JsonNode choice : answer.path("choices")) {
                    if (!choice.isTextual() || !options.contains(choice.asText()) || !seen.add(choice.asText())) {
                        problems.add("bad or repeated choice " + choice);
                    }
                }
            }
            case "rectangle_frame_select" -> shapes(answer, "boxes", problems, box -> box(box, width, height, problems));
            case "free_point" -> shapes(answer, "points", problems, point -> point(point, width, height, problems));
            case "stroke" -> shapes(answer, "strokes", problems, stroke -> {
                if (!stroke.isArray() || stroke.size() < 2 || stroke.size() > 1000) {
                    problems.add("a stroke needs 2 to 1000 points: " + stroke);
                }
                stroke.forEach(point -> point(point, width, height, problems));
            });
            case "cube_circle" -> shapes(answer, "cuboids", problems, cuboid -> {
                onlyFields(cuboid, Set.of("front", "back"), problems);
                box(cuboid.path("front"), width, height, problems);
                box(cuboid.path("back"), width, height, problems);
            });
            default -> problems.add("unknown task type " + taskType);
        }
        return problems;
    }

    private interface ShapeCheck {
        void check(JsonNode shape);
    }

    private static void shapes(JsonNode answer, String field, List<String> problems, ShapeCheck check) {
        onlyFields(answer, Set.of(field), problems);
        JsonNode shapes = answer.path(field);
        if (!shapes.isArray() || shapes.size() > 100) {
            problems.add(field + " must be an array of at most 100 shapes");
            return;
        }
        shapes.forEach(check::check);
    }

    private static void box(JsonNode box, int width, int height, List<String> problems) {
        onlyFields(box, Set.of("x1", "y1", "x2", "y2"), problems);
        if (!(box.path("x1").isNumber() && box.path("y1").isNumber() && box.path("x2").isNumber() && box.path("y2").isNumber())) {
            problems.add("box coordinates must be numbers: " + box);
            return;
        }
        double x1 = box.get("x1").asDouble();
        double y1 = box.get("y1").asDouble();
        double x2 = box.get("x2").asDouble();
        double y2 = box.get("y2").asDouble();
        if (!(0 <= x1 && x1 < x2 && x2 <= width && 0 <= y1 && y1 < y2 && y2 <= height)) {
            problems.add("box outside the image or inverted: " + box + " in " + width + "x" + height);
        }
    }

    private static void point(JsonNode point, int width, int height, List<String> problems) {
        onlyFields(point, Set.of("x", "y"), problems);
        double x = point.path("x").asDouble(-1);
        double y = point.path("y").asDouble(-1);
        if (!point.path("x").isNumber() || !point.path("y").isNumber() || x < 0 || x > width || y < 0 || y > height) {
            problems.add("point outside the image: " + point + " in " + width + "x" + height);
        }
    }

    private static void onlyFields(JsonNode node, Set<String> allowed, List<String> problems) {
        if (!node.isObject()) {
            problems.add("not an object: " + node);
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add("extra field " + name);
            }
        }
    }
}
