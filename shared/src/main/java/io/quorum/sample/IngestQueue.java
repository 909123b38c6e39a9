package io.quorum.sample;

import java.util.List;

/** Port: the queue that carries samples to the fetcher. Delivery is at least once; consumers are idempotent. */
public interface IngestQueue {

    /** Sends every request or throws; a request may have been sent even when this throws. */
    void enqueue(List<IngestRequest> requests);
}
