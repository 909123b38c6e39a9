package io.quorum.app;

import io.quorum.admin.Admin;
import io.quorum.auth.AccountStore;
import io.quorum.auth.AdminKey;
import io.quorum.config.Lazy;
import io.quorum.engine.Engine;
import io.quorum.ingest.Ingestion;
import io.quorum.project.Projects;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerStore;

/**
 * The application: every context's composition root, joined where one context is told of another's
 * work (a resumed project to the engine, a ready sample to dispatch). A handler takes this one object;
 * each part is built on first use.
 */
public final class Quorum {

    private final QuorumPorts ports;
    private final Lazy<Engine> engine;
    private final Lazy<Projects> projects;
    private final Lazy<Ingestion> ingestion;
    private final Lazy<Admin> admin;

    private Quorum(QuorumPorts ports) {
        this.ports = ports;
        this.engine = Lazy.of(() -> Engine.from(ports));
        this.projects = Lazy.of(() -> Projects.from(ports, resumed -> engine().projectResumed(resumed)));
        this.ingestion = Lazy.of(() -> Ingestion.from(ports, (projectId, sampleId) -> engine().dispatch().sampleReady(projectId, sampleId)));
        this.admin = Lazy.of(() -> Admin.from(ports));
    }

    public static Quorum from(QuorumPorts ports) {
        return new Quorum(ports);
    }

    public Engine engine() {
        return engine.get();
    }

    public Projects projects() {
        return projects.get();
    }

    public Ingestion ingestion() {
        return ingestion.get();
    }

    public Admin admin() {
        return admin.get();
    }

    /** Customers' credentials, for checking v1 signatures. */
    public AccountStore accounts() {
        return ports.accounts();
    }

    /** Workers' credentials, for checking worker API signatures. */
    public WorkerStore workers() {
        return ports.workers();
    }

    public AdminKey adminKey() {
        return ports.adminKey();
    }

    public Clock clock() {
        return ports.clock();
    }
}
