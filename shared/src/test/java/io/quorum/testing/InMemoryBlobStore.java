package io.quorum.testing;

import io.quorum.blob.BlobStore;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Blobs in memory; presigned URLs are recognisable fakes naming the key and the validity. */
public final class InMemoryBlobStore implements BlobStore {

    private final Map<String, byte[]> blobs = new HashMap<>();

    @Override
    public synchronized void put(String key, byte[] content, String contentType) {
        blobs.put(key, content.clone());
    }

    @Override
    public synchronized Optional<byte[]> read(String key, long maxBytes) {
        return Optional.ofNullable(blobs.get(key)).map(bytes -> Arrays.copyOf(bytes, (int) Math.min(bytes.length, maxBytes)));
    }

    @Override
    public synchronized Optional<Long> size(String key) {
        return Optional.ofNullable(blobs.get(key)).map(bytes -> (long) bytes.length);
    }

    @Override
    public URI presignGet(String key, Duration validity) {
        return URI.create("https://blobs.test/" + key + "?get&seconds=" + validity.getSeconds());
    }

    @Override
    public URI presignPut(String key, String contentType, Duration validity) {
        return URI.create("https://blobs.test/" + key + "?put&seconds=" + validity.getSeconds());
    }
}
