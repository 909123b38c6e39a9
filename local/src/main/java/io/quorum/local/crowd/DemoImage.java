package io.quorum.local.crowd;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One generated image and the truth painted into it. */
public record DemoImage(int index, int classIndex, String className, List<Box> boxes, BufferedImage image) {

    public DemoImage {
        Objects.requireNonNull(className, "className");
        boxes = List.copyOf(boxes);
        Objects.requireNonNull(image, "image");
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /**
     * {@code 0007-cat.png}: a person browsing the folder sees the class too. Only characters that
     * requestUploadUrls accepts in a file name are kept.
     */
    public String fileName() {
        String safeClass = className.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "_");
        return String.format(Locale.ROOT, "%04d-%s.png", index, safeClass);
    }

    public byte[] png() {
        return Images.png(image);
    }

    public GroundTruth truth() {
        return new GroundTruth(classIndex, boxes);
    }
}
