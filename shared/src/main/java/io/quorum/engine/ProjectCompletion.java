package io.quorum.engine;

import io.quorum.project.ProjectId;
import io.quorum.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running project whose samples all reached a completion node (or failed ingestion) is completed, once. */
public final class ProjectCompletion {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectCompletion.class);

    private final ProjectCompletions store;
    private final Clock clock;

    public ProjectCompletion(ProjectCompletions store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** True when this call completed the project. */
    public boolean check(ProjectId projectId) {
        boolean completed = store.completeIfDone(projectId, clock.now());
        if (completed) {
            LOG.atInfo().addKeyValue("projectId", projectId.value()).log("project completed");
        }
        return completed;
    }
}
