package io.quorum.admin;

import io.quorum.auth.AccountStore;
import io.quorum.engine.DispatchQueue;
import io.quorum.project.ProjectStore;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerStore;

/** What the operator's use cases need from outside. */
public interface AdminPorts {

    AccountStore accounts();

    WorkerStore workers();

    ProjectStore projects();

    DispatchQueue dispatchQueue();

    Clock clock();
}
