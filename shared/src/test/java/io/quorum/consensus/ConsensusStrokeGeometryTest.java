package io.quorum.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusStrokeGeometryTest {

    @Test
    void resamplingSpacesPointsEvenlyAlongThePath() {
        // an L of length 31 + 31: corner at sample 15.5, so samples 0..15 on the first leg
        List<Point> samples = StrokeGeometry.resample(List.of(new Point(0, 0), new Point(31, 0), new Point(31, 31)));
        assertEquals(StrokeGeometry.SAMPLES, samples.size());
        assertEquals(new Point(0, 0), samples.get(0));
        assertEquals(new Point(31, 31), samples.get(31));
        assertEquals(30, samples.get(15).x(), 1e-9);
        assertEquals(0, samples.get(15).y(), 1e-9);
        assertEquals(31, samples.get(16).x(), 1e-9);
        assertEquals(1, samples.get(16).y(), 1e-9);
    }

    @Test
    void resamplingIgnoresRepeatedPoints() {
        List<Point> samples = StrokeGeometry.resample(List.of(new Point(0, 0), new Point(0, 0), new Point(31, 0), new Point(31, 0)));
        for (int i = 0; i < samples.size(); i++) {
            assertEquals(new Point(i, 0), new Point(Math.round(samples.get(i).x() * 1e9) / 1e9, samples.get(i).y()));
        }
    }

    @Test
    void aStrokeOnOneSpotIsThatSpot() {
        List<Point> samples = StrokeGeometry.resample(List.of(new Point(5, 7), new Point(5, 7)));
        assertEquals(StrokeGeometry.SAMPLES, samples.size());
        samples.forEach(point -> assertEquals(new Point(5, 7), point));
    }

    @Test
    void distanceTakesTheBetterDirection() {
        List<Point> forwards = StrokeGeometry.resample(List.of(new Point(0, 0), new Point(100, 0)));
        List<Point> backwards = StrokeGeometry.resample(List.of(new Point(100, 3), new Point(0, 3)));
        assertEquals(3, StrokeGeometry.distance(forwards, backwards), 1e-9);
        assertEquals(StrokeGeometry.reversed(backwards), StrokeGeometry.alignedTo(backwards, forwards));
    }
}
