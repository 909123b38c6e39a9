package io.quorum.engine;

import io.quorum.Wire;
import java.util.Optional;

/** Where a micro-task stands. */
public enum TaskState {
    /** Waiting on the task queue for a worker. */
    QUEUED("queued"),
    /** Handed to one worker until its lease runs out; an expired lease counts as queued again. */
    LEASED("leased"),
    /** Taken off the queue while its project is paused; a resume puts it back. */
    PARKED("parked"),
    /** Answered; counted by the tally. */
    ANSWERED("answered");

    private final String wireName;

    TaskState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<TaskState> fromWire(String name) {
        return Wire.lookup(values(), TaskState::wireName, name);
    }
}
