package io.quorum.testing;

import io.quorum.worker.Worker;
import io.quorum.worker.WorkerId;
import io.quorum.worker.WorkerStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Workers in memory. */
public final class InMemoryWorkerStore implements WorkerStore {

    private final Map<WorkerId, Worker> workers = new HashMap<>();

    @Override
    public synchronized void create(Worker worker) {
        if (workers.putIfAbsent(worker.id(), worker) != null) {
            throw new IllegalStateException("worker id collision");
        }
    }

    @Override
    public synchronized Optional<Worker> find(WorkerId id) {
        return Optional.ofNullable(workers.get(id));
    }
}
