package io.quorum.project;

/**
 * A project's progress, as retrieveProject reports it. {@code items} always equals
 * {@code noStart + processing + completed + failed}; {@code success} and {@code output} count
 * completed samples whose label was decided and delivered.
 */
public record Counters(long items, long noStart, long processing, long completed, long success, long failed, long output) {

    public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0, 0);

    public Counters {
        if (items < 0 || noStart < 0 || processing < 0 || completed < 0 || success < 0 || failed < 0 || output < 0) {
            throw new IllegalArgumentException("counters cannot be negative");
        }
        if (items != noStart + processing + completed + failed) {
            throw new IllegalArgumentException("items must equal noStart + processing + completed + failed");
        }
    }

    public Counters withNewSamples(long added) {
        return new Counters(items + added, noStart + added, processing, completed, success, failed, output);
    }
}
