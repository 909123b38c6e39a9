package io.quorum.local.crowd;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a demo image shows: its class index (in the options list's order) and its marker boxes,
 * sorted top to bottom, then left to right. {@link #read} recovers both exactly from the pixels.
 */
public record GroundTruth(int classIndex, List<Box> boxes) {

    public GroundTruth {
        if (classIndex < 0) {
            throw new IllegalArgumentException("classIndex must not be negative");
        }
        boxes = List.copyOf(boxes);
    }

    /** The option this image's class stands for, when the options list is long enough. */
    public Optional<String> className(List<String> options) {
        return classIndex < options.size() ? Optional.of(options.get(classIndex)) : Optional.empty();
    }

    /**
     * The truth painted into {@code image}, or empty when it is not a demo image: the border must
     * be one palette colour, every other pixel that colour or the marker, and marker pixels must
     * form separate filled rectangles. With a non-empty {@code options}, a class beyond the list
     * also reads as empty, since no option could name it.
     */
    public static Optional<GroundTruth> read(BufferedImage image, List<String> options) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xFFFFFF;
        }
        int background = pixels[0];
        OptionalInt classIndex = Palette.classOf(background);
        if (classIndex.isEmpty() || (!options.isEmpty() && classIndex.getAsInt() >= options.size()) || !borderIs(pixels, width, height, background)) {
            return Optional.empty();
        }
        boolean[] seen = new boolean[pixels.length];
        List<Box> boxes = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = y * width + x;
                if (pixels[at] == background || seen[at]) {
                    continue;
                }
                if (pixels[at] != Palette.MARKER) {
                    return Optional.empty();
                }
                // Row-major scanning meets each rectangle first at its top-left pixel.
                Optional<Box> box = rectangleAt(pixels, width, height, x, y, seen);
                if (box.isEmpty()) {
                    return Optional.empty();
                }
                boxes.add(box.get());
            }
        }
        return Optional.of(new GroundTruth(classIndex.getAsInt(), boxes));
    }

    private static boolean borderIs(int[] pixels, int width, int height, int colour) {
        for (int x = 0; x < width; x++) {
            if (pixels[x] != colour || pixels[(height - 1) * width + x] != colour) {
                return false;
            }
        }
        for (int y = 0; y < height; y++) {
            if (pixels[y * width] != colour || pixels[y * width + width - 1] != colour) {
                return false;
            }
        }
        return true;
    }

    /** The filled marker rectangle whose top-left pixel is (x, y), when it is one and nothing marker touches it. */
    private static Optional<Box> rectangleAt(int[] pixels, int width, int height, int left, int top, boolean[] seen) {
        int right = left;
        while (right + 1 < width && pixels[top * width + right + 1] == Palette.MARKER) {
            right++;
        }
        int bottom = top;
        while (bottom + 1 < height && pixels[(bottom + 1) * width + left] == Palette.MARKER) {
            bottom++;
        }
        // The ring one pixel around must hold no marker, or two shapes touch and the reading is ambiguous.
        for (int y = top - 1; y <= bottom + 1; y++) {
            for (int x = left - 1; x <= right + 1; x++) {
                boolean inside = x >= left && x <= right && y >= top && y <= bottom;
                boolean isMarker = x >= 0 && y >= 0 && x < width && y < height && pixels[y * width + x] == Palette.MARKER;
                if (inside != isMarker) {
                    return Optional.empty();
                }
                if (inside) {
                    seen[y * width + x] = true;
                }
            }
        }
        return Optional.of(new Box(left, top, right + 1, bottom + 1));
    }
}
