package io.quorum.consensus;

/** An axis-aligned rectangle in image pixels, {@code x1 < x2} and {@code y1 < y2}. */
record Box(double x1, double y1, double x2, double y2) {

    double area() {
        return (x2 - x1) * (y2 - y1);
    }

    /** Intersection over union, in [0, 1]. */
    double iou(Box other) {
        double width = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        double height = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (width <= 0 || height <= 0) {
            return 0;
        }
        double intersection = width * height;
        return intersection / (area() + other.area() - intersection);
    }
}
