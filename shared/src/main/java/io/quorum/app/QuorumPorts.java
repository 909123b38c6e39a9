package io.quorum.app;

import io.quorum.admin.AdminPorts;
import io.quorum.auth.AdminKey;
import io.quorum.engine.EnginePorts;
import io.quorum.ingest.IngestPorts;
import io.quorum.project.ProjectPorts;
import io.quorum.project.SubmittedSampleCounts;

/**
 * Every port of every context. An implementation builds each adapter on first use: a function calls
 * only the ports of the use case it serves, and so needs only those adapters' configuration.
 */
public interface QuorumPorts extends EnginePorts, ProjectPorts, IngestPorts, AdminPorts {

    /** The operator's shared secret; only the operator's functions are configured with it. */
    AdminKey adminKey();

    @Override
    default SubmittedSampleCounts submittedSampleCounts() {
        return samples();
    }
}
