package io.quorum.testing;

import io.quorum.engine.TallyQueue;
import io.quorum.engine.TallyRequest;
import io.quorum.engine.TaskId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A FIFO tally queue in memory: a deduplication id seen before is dropped, as SQS does within its window. */
public final class RecordingTallyQueue implements TallyQueue {

    private final List<TallyRequest> pending = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int sends;
    private int failSends;

    @Override
    public synchronized void send(TallyRequest request, TaskId answered) {
        if (failSends > 0) {
            failSends--;
            throw new IllegalStateException("the tally queue refused the send");
        }
        sends++;
        if (seen.add(request.projectId().value() + "/" + answered.value())) {
            pending.add(request);
        }
    }

    /** Everything waiting, removed from the queue. */
    public synchronized List<TallyRequest> drain() {
        List<TallyRequest> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }

    public synchronized int sends() {
        return sends;
    }

    public synchronized void failNextSends(int count) {
        failSends = count;
    }
}
