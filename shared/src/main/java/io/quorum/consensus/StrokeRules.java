package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Strokes, each resampled by {@link StrokeGeometry}, are the same object when their distance (mean
 * distance of corresponding points, in the better of the two directions) is at most
 * {@code maxDistance}; the consensus stroke is the pointwise mean after turning every member to the
 * direction of the first.
 */
final class StrokeRules implements ShapeRules<List<Point>> {

    private final double maxDistance;

    StrokeRules(double maxDistance) {
        this.maxDistance = maxDistance;
    }

    @Override
    public List<List<Point>> read(AnswerReader reader, JsonNode answer) {
        return reader.strokes(answer).stream().map(StrokeGeometry::resample).toList();
    }

    @Override
    public boolean matches(List<Point> a, List<Point> b) {
        return StrokeGeometry.distance(a, b) <= maxDistance;
    }

    @Override
    public double likeness(List<Point> a, List<Point> b) {
        return -StrokeGeometry.distance(a, b);
    }

    @Override
    public List<Point> average(List<List<Point>> members) {
        List<Point> reference = members.get(0);
        List<List<Point>> aligned = members.stream().map(stroke -> StrokeGeometry.alignedTo(stroke, reference)).toList();
        List<Point> mean = new ArrayList<>(reference.size());
        for (int i = 0; i < reference.size(); i++) {
            int at = i;
            mean.add(PointRules.mean(aligned.stream().map(stroke -> stroke.get(at)).toList()));
        }
        return List.copyOf(mean);
    }

    @Override
    public Comparator<List<Point>> labelOrder() {
        return Comparator.comparing((List<Point> stroke) -> stroke.get(0), PointRules.ORDER)
                .thenComparing(stroke -> stroke.get(stroke.size() - 1), PointRules.ORDER);
    }

    @Override
    public ObjectNode label(List<List<Point>> strokes) {
        return Labels.strokes(strokes);
    }
}
