package io.quorum.engine;

import io.quorum.billing.UnitPrices;
import io.quorum.blob.BlobStore;
import io.quorum.project.ProjectStore;
import io.quorum.sample.SampleStore;
import io.quorum.time.Clock;
import java.time.Duration;

/** What the engine needs from outside: its stores, queues, the resources bucket, the clock and its settings. */
public interface EnginePorts {

    ProjectStore projects();

    SampleStore samples();

    TaskLeases taskLeases();

    Tallies tallies();

    WorkflowEntries workflowEntries();

    ResultPages resultPages();

    TaskQueue taskQueue();

    TallyQueue tallyQueue();

    DispatchQueue dispatchQueue();

    /** The bucket of checked resources, which claims hand out presigned GETs of. */
    BlobStore resources();

    Clock clock();

    /** How long a claimed micro-task stays with its worker unless the claim asks otherwise. */
    Duration leaseDuration();

    UnitPrices unitPrices();

    default LabelDecider labelDecider() {
        return LabelDecider.consensus();
    }
}
