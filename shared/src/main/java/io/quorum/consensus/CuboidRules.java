package io.quorum.consensus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;

/**
 * Cuboids are the same object when the mean of their front-face IoU and back-face IoU is at least
 * {@link #MIN_MEAN_FACE_IOU}; the consensus cuboid averages each face like boxes.
 */
final class CuboidRules implements ShapeRules<Cuboid> {

    static final double MIN_MEAN_FACE_IOU = 0.5;

    @Override
    public List<Cuboid> read(AnswerReader reader, JsonNode answer) {
        return reader.cuboids(answer);
    }

    @Override
    public double likeness(Cuboid a, Cuboid b) {
        return a.meanFaceIou(b);
    }

    @Override
    public double minLikeness() {
        return MIN_MEAN_FACE_IOU;
    }

    @Override
    public Cuboid average(List<Cuboid> members) {
        return new Cuboid(BoxRules.mean(members.stream().map(Cuboid::front).toList()),
                BoxRules.mean(members.stream().map(Cuboid::back).toList()));
    }

    @Override
    public Comparator<Cuboid> labelOrder() {
        return Comparator.comparing(Cuboid::front, BoxRules.ORDER).thenComparing(Cuboid::back, BoxRules.ORDER);
    }

    @Override
    public ObjectNode label(List<Cuboid> cuboids) {
        return Labels.cuboids(cuboids);
    }
}
