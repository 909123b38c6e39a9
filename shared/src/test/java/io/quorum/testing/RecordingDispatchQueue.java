package io.quorum.testing;

import io.quorum.engine.DispatchQueue;
import io.quorum.engine.SweepRequest;
import java.util.ArrayList;
import java.util.List;

/** The dispatch queue in memory. */
public final class RecordingDispatchQueue implements DispatchQueue {

    private final List<SweepRequest> pending = new ArrayList<>();

    @Override
    public synchronized void send(SweepRequest request) {
        pending.add(request);
    }

    public synchronized List<SweepRequest> drain() {
        List<SweepRequest> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }
}
