package io.quorum.consensus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Strokes compared as curves: each is resampled to {@link #SAMPLES} points evenly spaced along its
 * length, so that two workers who drew the same line with different numbers of points, or in
 * opposite directions, can be compared point by point.
 */
final class StrokeGeometry {

    static final int SAMPLES = 32;

    private StrokeGeometry() {
    }

    /** {@link #SAMPLES} points evenly spaced by arc length, from the first point to the last. */
    static List<Point> resample(List<Point> stroke) {
        double[] cumulative = new double[stroke.size()];
        for (int i = 1; i < stroke.size(); i++) {
            cumulative[i] = cumulative[i - 1] + stroke.get(i - 1).distanceTo(stroke.get(i));
        }
        double length = cumulative[stroke.size() - 1];
        List<Point> samples = new ArrayList<>(SAMPLES);
        int segment = 1;
        for (int s = 0; s < SAMPLES; s++) {
            if (length == 0) {
                // a stroke drawn on one spot is that spot
                samples.add(stroke.get(0));
                continue;
            }
            double at = length * s / (SAMPLES - 1);
            while (segment < stroke.size() - 1 && cumulative[segment] < at) {
                segment++;
            }
            double segmentLength = cumulative[segment] - cumulative[segment - 1];
            double t = segmentLength == 0 ? 0 : Math.min(1, (at - cumulative[segment - 1]) / segmentLength);
            samples.add(stroke.get(segment - 1).towards(stroke.get(segment), t));
        }
        return List.copyOf(samples);
    }

    /** Mean distance between corresponding points of two resampled strokes, {@code b} taken forwards or backwards. */
    static double meanDistance(List<Point> a, List<Point> b, boolean backwards) {
        int last = b.size() - 1;
        double sum = 0;
        for (int i = 0; i < a.size(); i++) {
            sum += a.get(i).distanceTo(b.get(backwards ? last - i : i));
        }
        return sum / a.size();
    }

    /** Distance between two resampled strokes: the better of comparing them forwards and with {@code b} reversed. */
    static double distance(List<Point> a, List<Point> b) {
        return Math.min(meanDistance(a, b, false), meanDistance(a, b, true));
    }

    /** {@code stroke} in the direction that lies closer to {@code reference} (forwards on a tie). */
    static List<Point> alignedTo(List<Point> stroke, List<Point> reference) {
        return meanDistance(reference, stroke, true) < meanDistance(reference, stroke, false) ? reversed(stroke) : stroke;
    }

    static List<Point> reversed(List<Point> stroke) {
        List<Point> copy = new ArrayList<>(stroke);
        Collections.reverse(copy);
        return copy;
    }
}
