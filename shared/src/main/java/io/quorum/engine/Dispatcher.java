package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;

/** Port: hands samples that became ready to the workflow. */
public interface Dispatcher {

    /**
     * A sample's resource was stored and checked: when its project is running, the sample enters the
     * workflow's first node. Idempotent: a sample already in the workflow is left alone.
     */
    void sampleReady(ProjectId projectId, SampleId sampleId);
}
