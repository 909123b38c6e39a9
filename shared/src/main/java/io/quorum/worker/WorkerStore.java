package io.quorum.worker;

import java.util.Optional;

/** Port: where workers live. */
public interface WorkerStore {

    /** Stores a new worker; ids are random, so a clash is a bug and fails loudly. */
    void create(Worker worker);

    Optional<Worker> find(WorkerId id);
}
