package io.quorum.sample;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A sample's resource once fetched (or uploaded) and checked: where it is kept in the platform
 * bucket, what it turned out to be, and, for images, its size in pixels.
 */
public record StoredResource(String blobKey, String contentType, long sizeBytes, OptionalInt imageWidth, OptionalInt imageHeight) {

    public StoredResource {
        Objects.requireNonNull(blobKey, "blobKey");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(imageWidth, "imageWidth");
        Objects.requireNonNull(imageHeight, "imageHeight");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes cannot be negative");
        }
    }
}
