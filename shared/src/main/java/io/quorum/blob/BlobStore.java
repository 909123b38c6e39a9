package io.quorum.blob;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Port: where resource files live (the platform bucket). */
public interface BlobStore {

    void put(String key, byte[] content, String contentType);

    /** The object's bytes, at most {@code maxBytes} of them; empty when there is no such object. */
    Optional<byte[]> read(String key, long maxBytes);

    /** Size of the object, empty when there is none. */
    Optional<Long> size(String key);

    /** A URL that lets its holder GET the object until {@code validity} has passed. */
    URI presignGet(String key, Duration validity);

    /** A URL that lets its holder PUT exactly this content type at the key until {@code validity} has passed. */
    URI presignPut(String key, String contentType, Duration validity);
}
