package io.quorum.consensus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;
import java.util.List;

/**
 * The canonical JSON of answers and labels (a decided label has the shape of an answer): members
 * in a fixed order, coordinates as doubles, choices in option order.
 */
final class Labels {

    private Labels() {
    }

    static ObjectNode choice(String choice) {
        return Json.object().put("choice", choice);
    }

    static ObjectNode choices(List<String> choices) {
        ObjectNode label = Json.object();
        ArrayNode array = label.putArray("choices");
        choices.forEach(array::add);
        return label;
    }

    static ObjectNode boxes(List<Box> boxes) {
        ObjectNode label = Json.object();
        ArrayNode array = label.putArray("boxes");
        boxes.forEach(box -> array.add(box(box)));
        return label;
    }

    static ObjectNode points(List<Point> points) {
        ObjectNode label = Json.object();
        ArrayNode array = label.putArray("points");
        points.forEach(point -> array.add(point(point)));
        return label;
    }

    static ObjectNode strokes(List<List<Point>> strokes) {
        ObjectNode label = Json.object();
        ArrayNode array = label.putArray("strokes");
        for (List<Point> stroke : strokes) {
            ArrayNode points = array.addArray();
            stroke.forEach(point -> points.add(point(point)));
        }
        return label;
    }

    static ObjectNode cuboids(List<Cuboid> cuboids) {
        ObjectNode label = Json.object();
        ArrayNode array = label.putArray("cuboids");
        for (Cuboid cuboid : cuboids) {
            ObjectNode node = array.addObject();
            node.set("front", box(cuboid.front()));
            node.set("back", box(cuboid.back()));
        }
        return label;
    }

    private static ObjectNode box(Box box) {
        return Json.object().put("x1", box.x1()).put("y1", box.y1()).put("x2", box.x2()).put("y2", box.y2());
    }

    private static ObjectNode point(Point point) {
        return Json.object().put("x", point.x()).put("y", point.y());
    }
}
