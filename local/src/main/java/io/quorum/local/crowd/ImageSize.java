package io.quorum.local.crowd;

/** An image's size in pixels, which bounds every shape in an answer. */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image is at least 1x1 pixels, not " + width + "x" + height);
        }
    }
}
