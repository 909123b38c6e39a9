package io.quorum.engine;

import io.quorum.sample.Sample;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A sample with where it stands in the workflow and the decided result of every node it passed (JSON by node id). */
public record SampleProgress(Sample sample, Optional<String> currentNode, Map<String, String> results) {

    public SampleProgress {
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(currentNode, "currentNode");
        results = Map.copyOf(results);
    }
}
