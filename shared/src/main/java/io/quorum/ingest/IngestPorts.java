package io.quorum.ingest;

import io.quorum.blob.BlobStore;
import io.quorum.http.ResourceFetcher;
import io.quorum.project.ProjectStore;
import io.quorum.sample.IngestQueue;
import io.quorum.sample.SampleStore;
import io.quorum.time.Clock;

/** What ingestion needs from outside: stores, the ingest queue, the fetcher, the buckets and the engine's dispatcher. */
public interface IngestPorts {

    ProjectStore projects();

    SampleStore samples();

    IngestQueue ingestQueue();

    ResourceFetcher fetcher();

    /** The platform bucket that holds every checked resource. */
    BlobStore resources();

    /** The bucket customers PUT direct uploads into. */
    BlobStore uploads();

    /** Any bucket by name: the upload trigger learns its bucket from each event. */
    BlobStore bucket(String name);

    IngestResource.Settings ingestSettings();

    Clock clock();

    default ContentInspector contentInspector() {
        return new ContentInspector();
    }
}
