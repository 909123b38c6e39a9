package io.quorum.local;

import java.time.Duration;

/**
 * Lets the worker threads of one event source run, pause between cycles, or stop. A cycle (one
 * receive and the invocation it leads to, one scan of a bucket) is never cut short: pausing waits
 * for the cycles under way to end, so that once {@link #pause} returns nothing of that source
 * touches its queue or bucket until {@link #resume}.
 */
final class PauseGate {

    private boolean paused;
    private boolean stopped;
    private int activeCycles;

    /** Blocks while paused. @return false once stopped: the worker should end */
    synchronized boolean enter() throws InterruptedException {
        while (paused && !stopped) {
            wait();
        }
        if (stopped) {
            return false;
        }
        activeCycles++;
        return true;
    }

    synchronized void exit() {
        activeCycles--;
        notifyAll();
    }

    /** @throws IllegalStateException when a cycle under way has not ended within the timeout (the gate stays paused) */
    synchronized void pause(Duration timeout) throws InterruptedException {
        paused = true;
        if (!awaitNoActiveCycle(timeout)) {
            throw new IllegalStateException("still busy " + timeout.toMillis() + " ms after pausing");
        }
    }

    synchronized void resume() {
        paused = false;
        notifyAll();
    }

    synchronized boolean isPaused() {
        return paused;
    }

    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    synchronized boolean isStopped() {
        return stopped;
    }

    /** Waits between cycles; wakes up early when stopped. */
    synchronized void sleep(Duration pause) throws InterruptedException {
        long deadline = System.nanoTime() + pause.toNanos();
        long remaining;
        while (!stopped && (remaining = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, remaining / 1_000_000));
        }
    }

    private boolean awaitNoActiveCycle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long remaining;
        while (activeCycles > 0) {
            remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return false;
            }
            wait(Math.max(1, remaining / 1_000_000));
        }
        return true;
    }
}
