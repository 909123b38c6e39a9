package io.quorum.engine;

/** Port: the queue that carries sweeps of a project's waiting work, one page per message. */
public interface DispatchQueue {

    void send(SweepRequest request);
}
