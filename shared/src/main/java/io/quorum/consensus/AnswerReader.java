package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a worker's answer for one task into values, refusing anything the worker API does not
 * allow: a missing, extra or wrongly typed field, a number that is not finite, a coordinate
 * outside the image, too many shapes. The first problem found is reported.
 */
final class AnswerReader {

    static final int MAX_SHAPES = 100;
    static final int MIN_POINTS_PER_STROKE = 2;
    static final int MAX_POINTS_PER_STROKE = 1000;

    private final AnswerContext context;
    private final ImageBounds bounds;

    AnswerReader(AnswerContext context) {
        this.context = context;
        this.bounds = ImageBounds.of(context);
    }

    /** {@code {"choice": "cat"}}: one of the options. */
    String choice(JsonNode answer) {
        AnswerField choice = only(answer, "choice");
        String value = choice.text();
        if (!context.options().contains(value)) {
            throw choice.invalid("must be one of the options");
        }
        return value;
    }

    /** {@code {"choices": ["a", "b"]}}: distinct options, possibly none; returned in option order. */
    List<String> choices(JsonNode answer) {
        Set<String> chosen = new HashSet<>();
        for (AnswerField element : only(answer, "choices").elements(Integer.MAX_VALUE, "choices")) {
            String value = element.text();
            if (!context.options().contains(value)) {
                throw element.invalid("must be one of the options");
            }
            if (!chosen.add(value)) {
                throw element.invalid("repeats an earlier choice");
            }
        }
        return context.options().stream().filter(chosen::contains).distinct().toList();
    }

    /** {@code {"boxes": [{"x1", "y1", "x2", "y2"}]}}. */
    List<Box> boxes(JsonNode answer) {
        List<Box> boxes = new ArrayList<>();
        for (AnswerField box : only(answer, "boxes").elements(MAX_SHAPES, "boxes")) {
            boxes.add(box(box));
        }
        return boxes;
    }

    /** {@code {"points": [{"x", "y"}]}}. */
    List<Point> points(JsonNode answer) {
        List<Point> points = new ArrayList<>();
        for (AnswerField point : only(answer, "points").elements(MAX_SHAPES, "points")) {
            points.add(point(point));
        }
        return points;
    }

    /** {@code {"strokes": [[{"x", "y"}, ...]]}}: each stroke of 2 to 1000 points. */
    List<List<Point>> strokes(JsonNode answer) {
        List<List<Point>> strokes = new ArrayList<>();
        for (AnswerField stroke : only(answer, "strokes").elements(MAX_SHAPES, "strokes")) {
            List<AnswerField> points = stroke.elements(MAX_POINTS_PER_STROKE, "points");
            if (points.size() < MIN_POINTS_PER_STROKE) {
                throw stroke.invalid("must have at least " + MIN_POINTS_PER_STROKE + " points");
            }
            strokes.add(points.stream().map(this::point).toList());
        }
        return strokes;
    }

    /** {@code {"cuboids": [{"front": box, "back": box}]}}. */
    List<Cuboid> cuboids(JsonNode answer) {
        List<Cuboid> cuboids = new ArrayList<>();
        for (AnswerField cuboid : only(answer, "cuboids").elements(MAX_SHAPES, "cuboids")) {
            cuboid.requireObjectWith("front", "back");
            cuboids.add(new Cuboid(box(cuboid.member("front")), box(cuboid.member("back"))));
        }
        return cuboids;
    }

    /** The answer's single member {@code name}. */
    private static AnswerField only(JsonNode answer, String name) {
        AnswerField root = AnswerField.root(answer);
        root.requireObjectWith(name);
        return root.member(name);
    }

    private Box box(AnswerField box) {
        box.requireObjectWith("x1", "y1", "x2", "y2");
        double x1 = bounds.x(box.member("x1"));
        double y1 = bounds.y(box.member("y1"));
        double x2 = bounds.x(box.member("x2"));
        double y2 = bounds.y(box.member("y2"));
        if (!(x2 > x1)) {
            throw box.member("x2").invalid("must be greater than x1");
        }
        if (!(y2 > y1)) {
            throw box.member("y2").invalid("must be greater than y1");
        }
        return new Box(x1, y1, x2, y2);
    }

    private Point point(AnswerField point) {
        point.requireObjectWith("x", "y");
        return new Point(bounds.x(point.member("x")), bounds.y(point.member("y")));
    }
}
