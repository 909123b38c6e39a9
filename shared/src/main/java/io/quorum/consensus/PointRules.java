package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/** Points are the same object within {@code maxDistance} pixels (Euclidean); the consensus point is their mean. */
final class PointRules implements ShapeRules<Point> {

    static final Comparator<Point> ORDER = Comparator.comparingDouble(Point::y).thenComparingDouble(Point::x);

    private final double maxDistance;

    PointRules(double maxDistance) {
        this.maxDistance = maxDistance;
    }

    @Override
    public List<Point> read(AnswerReader reader, JsonNode answer) {
        return reader.points(answer);
    }

    @Override
    public double likeness(Point a, Point b) {
        return -a.distanceTo(b);
    }

    @Override
    public double minLikeness() {
        return -maxDistance;
    }

    @Override
    public Point average(List<Point> members) {
        return mean(members);
    }

    static Point mean(List<Point> points) {
        double x = 0;
        double y = 0;
        for (Point point : points) {
            x += point.x();
            y += point.y();
        }
        return new Point(x / points.size(), y / points.size());
    }

    @Override
    public Comparator<Point> labelOrder() {
        return ORDER;
    }

    @Override
    public ObjectNode label(List<Point> points) {
        return Labels.points(points);
    }
}
