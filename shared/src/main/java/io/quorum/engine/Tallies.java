package io.quorum.engine;

import java.time.Instant;
import java.util.List;

/**
 * Port of the tally: more micro-tasks for an undecided node, and decisions with their routing.
 * Every change is conditional on what was read and atomic, throwing
 * {@link io.quorum.error.ConcurrentModificationException} when it lost a race, so callers re-read and decide again.
 */
public interface Tallies extends NodeReads, ProjectCompletions {

    /** Issues {@code extra} more micro-tasks for an undecided node, conditional on its version. */
    List<MicroTask> issueMore(NodeState before, int extra, Instant at);

    /** Writes a decision (see {@link Decision}); answers the next node's new micro-tasks. */
    List<MicroTask> decide(Decision decision);
}
