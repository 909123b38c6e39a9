package io.quorum.consensus;

/** A point in image pixels. */
record Point(double x, double y) {

    double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    /** The point a fraction {@code t} of the way from this point to {@code other}. */
    Point towards(Point other, double t) {
        return new Point(x + (other.x - x) * t, y + (other.y - y) * t);
    }
}
