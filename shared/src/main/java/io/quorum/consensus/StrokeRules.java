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
final class StrokeRules implements ShapeRules<Stroke> {

    private final double maxDistance;

    StrokeRules(double maxDistance) {
        this.maxDistance = maxDistance;
    }

    @Override
    public List<Stroke> read(AnswerReader reader, JsonNode answer) {
        return reader.strokes(answer).stream().map(stroke -> Stroke.of(StrokeGeometry.resample(stroke))).toList();
    }

    @Override
    public double likeness(Stroke a, Stroke b) {
        // The distance between the centroids is at most the mean pointwise distance in either
        // direction (triangle inequality), so far-apart strokes are ruled out without comparing points.
        double centroidDistance = a.centroid().distanceTo(b.centroid());
        if (centroidDistance > maxDistance) {
            return -centroidDistance;
        }
        return -StrokeGeometry.distance(a.samples(), b.samples());
    }

    @Override
    public double minLikeness() {
        return -maxDistance;
    }

    @Override
    public Stroke average(List<Stroke> members) {
        List<Point> reference = members.get(0).samples();
        List<List<Point>> aligned = members.stream().map(stroke -> StrokeGeometry.alignedTo(stroke.samples(), reference)).toList();
        List<Point> mean = new ArrayList<>(reference.size());
        for (int i = 0; i < reference.size(); i++) {
            int at = i;
            mean.add(PointRules.mean(aligned.stream().map(stroke -> stroke.get(at)).toList()));
        }
        return Stroke.of(mean);
    }

    @Override
    public Comparator<Stroke> labelOrder() {
        return Comparator.comparing((Stroke stroke) -> stroke.samples().get(0), PointRules.ORDER)
                .thenComparing(stroke -> stroke.samples().get(stroke.samples().size() - 1), PointRules.ORDER);
    }

    @Override
    public ObjectNode label(List<Stroke> strokes) {
        return Labels.strokes(strokes.stream().map(Stroke::samples).toList());
    }
}
