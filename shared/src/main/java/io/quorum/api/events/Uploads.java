package io.quorum.api.events;

import io.quorum.ingest.Ingestion;

/** An object put into an uploads bucket becomes a sample and is ingested. */
public final class Uploads {

    private Uploads() {
    }

    /** @return the outcome's name, for the log */
    public static String register(Ingestion ingestion, String bucket, String key) {
        return ingestion.registerUpload(bucket).execute(key).name();
    }
}
