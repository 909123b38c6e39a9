package io.quorum.ingest;

/** Ingestion failed for a reason that may pass (timeout, 5xx, DNS): the message should be delivered again. */
public final class IngestRetryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IngestRetryException(String reason) {
        super(reason);
    }
}
