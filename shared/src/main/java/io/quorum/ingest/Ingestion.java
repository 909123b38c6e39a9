package io.quorum.ingest;

import io.quorum.blob.BlobStore;
import io.quorum.config.Lazy;
import io.quorum.engine.Dispatcher;
import io.quorum.sample.SubmitResources;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Ingestion's composition root: resources submitted by URL, presigned uploads, and the fetch, check and store of each. */
public final class Ingestion {

    private final IngestPorts ports;
    private final Dispatcher dispatcher;
    private final Lazy<SubmitResources> submitResources;
    private final Lazy<RequestUploadUrls> requestUploadUrls;
    private final Lazy<IngestResource> ingestResource;
    private final Map<String, RegisterUpload> registerByBucket = new ConcurrentHashMap<>();

    private Ingestion(IngestPorts ports, Dispatcher dispatcher) {
        this.ports = ports;
        this.dispatcher = dispatcher;
        this.submitResources = Lazy.of(() -> new SubmitResources(ports.projects(), ports.samples(), ports.ingestQueue(), ports.clock()));
        this.requestUploadUrls = Lazy.of(() -> new RequestUploadUrls(ports.projects(), ports.uploads(), ports.clock()));
        this.ingestResource = Lazy.of(() -> ingestResource(Optional.empty()));
    }

    /** @param dispatcher told of every sample that became ready; the engine dispatches it when its project runs */
    public static Ingestion from(IngestPorts ports, Dispatcher dispatcher) {
        return new Ingestion(ports, dispatcher);
    }

    public SubmitResources submitResources() {
        return submitResources.get();
    }

    public RequestUploadUrls requestUploadUrls() {
        return requestUploadUrls.get();
    }

    /** Fetches a submitted URL, checks and stores it. */
    public IngestResource ingestResource() {
        return ingestResource.get();
    }

    /** Turns an object uploaded to {@code bucket} into a sample and ingests it from there. */
    public RegisterUpload registerUpload(String bucket) {
        return registerByBucket.computeIfAbsent(bucket, name ->
                new RegisterUpload(ports.projects(), ports.samples(), ingestResource(Optional.of(ports.bucket(name))), ports.clock()));
    }

    private IngestResource ingestResource(Optional<BlobStore> uploads) {
        return new IngestResource(ports.samples(), ports.fetcher(), ports.resources(), uploads, ports.contentInspector(),
                dispatcher, ports.ingestSettings());
    }
}
