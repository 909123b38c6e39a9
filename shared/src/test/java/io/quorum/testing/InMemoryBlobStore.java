package io.quorum.testing;

import io.quorum.blob.BlobStore;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A bucket in memory; presigned URLs are fake but name the key, the method and the content type. */
public final class InMemoryBlobStore implements BlobStore {

    public record Blob(byte[] content, String contentType) {
    }

    private final String name;
    private final Map<String, Blob> blobs = new ConcurrentHashMap<>();

    public InMemoryBlobStore(String name) {
        this.name = name;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        blobs.put(key, new Blob(content.clone(), contentType));
    }

    @Override
    public Optional<byte[]> read(String key, long maxBytes) {
        return Optional.ofNullable(blobs.get(key)).map(blob -> Arrays.copyOf(blob.content(), (int) Math.min(maxBytes, blob.content().length)));
    }

    @Override
    public Optional<Long> size(String key) {
        return Optional.ofNullable(blobs.get(key)).map(blob -> (long) blob.content().length);
    }

    @Override
    public URI presignGet(String key, Duration validity) {
        return URI.create("https://" + name + ".blobs.example/" + key + "?method=GET&validity=" + validity.toSeconds());
    }

    @Override
    public URI presignPut(String key, String contentType, Duration validity) {
        return URI.create("https://" + name + ".blobs.example/" + key.replace(" ", "%20") + "?method=PUT&contentType="
                + contentType.replace("/", "%2F") + "&validity=" + validity.toSeconds());
    }

    // ---- test helpers -------------------------------------------------------------------------

    public Optional<Blob> get(String key) {
        return Optional.ofNullable(blobs.get(key));
    }

    public Map<String, Blob> all() {
        return Map.copyOf(blobs);
    }
}
