package io.quorum.local.crowd;

/**
 * How one simulated worker behaves.
 *
 * @param accuracy   probability of the true answer to a choice question (multiple choice: of each
 *                   option's right tick)
 * @param boxNoise   standard deviation, in pixels, of the Gaussian jitter on every drawn coordinate
 * @param missRate   probability of leaving out each object in a shape task
 * @param thinkMillis mean time spent on a task before submitting; 0 answers at once (benchmarks)
 * @param thinkJitter how the time varies around the mean
 */
public record WorkerProfile(double accuracy, double boxNoise, double missRate, long thinkMillis, ThinkJitter thinkJitter) {

    /** Exponential is how independent people's task times look; uniform (0..2x mean) is tighter. */
    public enum ThinkJitter { EXPONENTIAL, UNIFORM }

    public WorkerProfile {
        if (!(accuracy >= 0 && accuracy <= 1)) {
            throw new IllegalArgumentException("accuracy must be from 0 to 1, not " + accuracy);
        }
        if (!(boxNoise >= 0)) {
            throw new IllegalArgumentException("box noise must not be negative, not " + boxNoise);
        }
        if (!(missRate >= 0 && missRate <= 1)) {
            throw new IllegalArgumentException("miss rate must be from 0 to 1, not " + missRate);
        }
        if (thinkMillis < 0) {
            throw new IllegalArgumentException("think time must not be negative");
        }
        if (thinkJitter == null) {
            throw new IllegalArgumentException("thinkJitter is required");
        }
    }

    public static WorkerProfile perfect() {
        return new WorkerProfile(1, 0, 0, 0, ThinkJitter.EXPONENTIAL);
    }
}
