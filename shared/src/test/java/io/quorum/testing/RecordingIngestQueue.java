package io.quorum.testing;

import io.quorum.sample.IngestQueue;
import io.quorum.sample.IngestRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * An ingest queue that keeps what it was given. {@link #failNext(int)} makes the next calls throw
 * (and deliver nothing), as an SQS outage would.
 */
public final class RecordingIngestQueue implements IngestQueue {

    private final List<IngestRequest> delivered = new ArrayList<>();
    private int calls;
    private int failuresLeft;

    @Override
    public synchronized void enqueue(List<IngestRequest> requests) {
        calls++;
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("simulated ingest queue outage");
        }
        delivered.addAll(List.copyOf(requests));
    }

    /** The next {@code times} calls to {@link #enqueue} throw without delivering anything. */
    public synchronized void failNext(int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times cannot be negative");
        }
        failuresLeft = times;
    }

    /** Every request delivered so far, in order. */
    public synchronized List<IngestRequest> requests() {
        return List.copyOf(delivered);
    }

    /** The URLs of every request delivered so far, in order. */
    public synchronized List<String> urls() {
        return delivered.stream().map(IngestRequest::url).toList();
    }

    /** How many times {@link #enqueue} was called, failed calls included. */
    public synchronized int calls() {
        return calls;
    }

    public synchronized void clear() {
        delivered.clear();
        calls = 0;
    }
}
