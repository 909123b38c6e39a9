package io.quorum.sample;

import io.quorum.Wire;
import java.util.Optional;

/** Where a sample stands; each status feeds one of retrieveProject's counters. */
public enum SampleStatus {
    /** Submitted, waiting to be fetched or handed to workers: counted in noStartQuantity. */
    PENDING("pending"),
    PROCESSING("processing"),
    COMPLETED("completed"),
    /** The resource could not be used (unreachable, refused, wrong content). */
    FAILED("failed");

    private final String wireName;

    SampleStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SampleStatus> fromWire(String name) {
        return Wire.lookup(values(), SampleStatus::wireName, name);
    }
}
