package io.quorum.consensus;

import java.util.List;

/** A stroke resampled by {@link StrokeGeometry#resample}, with the mean of its points. */
record Stroke(List<Point> samples, Point centroid) {

    static Stroke of(List<Point> samples) {
        return new Stroke(List.copyOf(samples), PointRules.mean(samples));
    }
}
