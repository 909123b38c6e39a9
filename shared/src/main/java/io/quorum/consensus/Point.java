package io.quorum.consensus;

/** A point in image pixels. */
record Point(double x, double y) {

    double distanceTo(Point other) {
        double dx = x - other.x;
        double dy = y - other.y;
        // not Math.hypot: it is several times slower and its overflow care is not needed for pixels
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The point a fraction {@code t} of the way from this point to {@code other}. */
    Point towards(Point other, double t) {
        return new Point(x + (other.x - x) * t, y + (other.y - y) * t);
    }
}
