package io.quorum.local.crowd;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.json.Json;

/**
 * An axis-aligned box in image coordinates, the worker API's rectangle: {@code 0 <= x1 < x2 <= width}.
 * A box covering pixel columns 3..7 reads {@code x1 = 3, x2 = 8}.
 */
public record Box(double x1, double y1, double x2, double y2) {

    public Box {
        if (!(x1 < x2) || !(y1 < y2) || x1 < 0 || y1 < 0) {
            throw new IllegalArgumentException("a box needs 0 <= x1 < x2 and 0 <= y1 < y2, not " + x1 + "," + y1 + "," + x2 + "," + y2);
        }
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    public double centreX() {
        return (x1 + x2) / 2;
    }

    public double centreY() {
        return (y1 + y2) / 2;
    }

    public boolean fitsIn(int imageWidth, int imageHeight) {
        return x2 <= imageWidth && y2 <= imageHeight;
    }

    /** Intersection over union: 1 for the same box, 0 for disjoint ones. */
    public double iou(Box other) {
        double w = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        double h = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double intersection = w * h;
        return intersection / (width() * height() + other.width() * other.height() - intersection);
    }

    /** The same box moved by (dx, dy), pushed back inside the image where it would leave it. */
    public Box shiftedWithin(double dx, double dy, int imageWidth, int imageHeight) {
        double nx = Math.max(0, Math.min(x1 + dx, imageWidth - width()));
        double ny = Math.max(0, Math.min(y1 + dy, imageHeight - height()));
        return new Box(nx, ny, nx + width(), ny + height());
    }

    public ObjectNode toJson() {
        ObjectNode json = Json.object();
        json.put("x1", x1);
        json.put("y1", y1);
        json.put("x2", x2);
        json.put("y2", y2);
        return json;
    }
}
