package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/** Boxes are the same object when their IoU is at least {@link #MIN_IOU}; the consensus box is the mean of each coordinate. */
final class BoxRules implements ShapeRules<Box> {

    static final double MIN_IOU = 0.5;

    static final Comparator<Box> ORDER = Comparator.comparingDouble(Box::y1).thenComparingDouble(Box::x1)
            .thenComparingDouble(Box::y2).thenComparingDouble(Box::x2);

    @Override
    public List<Box> read(AnswerReader reader, JsonNode answer) {
        return reader.boxes(answer);
    }

    @Override
    public double likeness(Box a, Box b) {
        return a.iou(b);
    }

    @Override
    public double minLikeness() {
        return MIN_IOU;
    }

    @Override
    public Box average(List<Box> members) {
        return mean(members);
    }

    static Box mean(List<Box> boxes) {
        double x1 = 0;
        double y1 = 0;
        double x2 = 0;
        double y2 = 0;
        for (Box box : boxes) {
            x1 += box.x1();
            y1 += box.y1();
            x2 += box.x2();
            y2 += box.y2();
        }
        int n = boxes.size();
        return new Box(x1 / n, y1 / n, x2 / n, y2 / n);
    }

    @Override
    public Comparator<Box> labelOrder() {
        return ORDER;
    }

    @Override
    public ObjectNode label(List<Box> boxes) {
        return Labels.boxes(boxes);
    }
}
