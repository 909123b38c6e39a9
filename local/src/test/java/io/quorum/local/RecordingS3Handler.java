package io.quorum.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only S3 consumer: records every event; fails (every time) on keys that contain "fail". */
public final class RecordingS3Handler implements RequestHandler<S3Event, Void> {

    private static final List<S3Event> EVENTS = new CopyOnWriteArrayList<>();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        EVENTS.add(event);
        if (event.getRecords().get(0).getS3().getObject().getUrlDecodedKey().contains("fail")) {
            throw new IllegalStateException("deliberate failure for the retry test");
        }
        return null;
    }

    /** Every event whose (decoded) key starts with the prefix, in order. */
    static List<S3Event> events(String keyPrefix) {
        return EVENTS.stream().filter(event -> event.getRecords().get(0).getS3().getObject().getUrlDecodedKey().startsWith(keyPrefix)).toList();
    }
}
