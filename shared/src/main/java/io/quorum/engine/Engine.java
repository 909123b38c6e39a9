package io.quorum.engine;

import io.quorum.config.Lazy;
import io.quorum.project.ProjectId;
import java.time.Duration;

/**
 * The engine's composition root: dispatch, the worker API's claim, submit and release, the tally, and
 * results. Each use case is built on first use, so a function builds only the adapters its own use case needs.
 */
public final class Engine {

    private final EnginePorts ports;
    private final Lazy<Dispatch> dispatch;
    private final Lazy<ClaimTask> claim;
    private final Lazy<SubmitAnswer> submit;
    private final Lazy<ReleaseTask> release;
    private final Lazy<TallyAnswers> tally;
    private final Lazy<RetrieveResults> results;

    private Engine(EnginePorts ports) {
        this.ports = ports;
        this.dispatch = Lazy.of(() -> new Dispatch(ports.projects(), ports.samples(), ports.workflowEntries(), ports.taskQueue(),
                ports.dispatchQueue(), ports.clock()));
        this.claim = Lazy.of(() -> new ClaimTask(ports.projects(), ports.samples(), ports.taskLeases(), ports.taskQueue(),
                ports.resources(), ports.clock()));
        this.submit = Lazy.of(() -> new SubmitAnswer(ports.projects(), ports.samples(), ports.taskLeases(), ports.taskQueue(),
                ports.tallyQueue(), ports.clock()));
        this.release = Lazy.of(() -> new ReleaseTask(ports.projects(), ports.taskLeases(), ports.taskQueue(), ports.clock()));
        this.tally = Lazy.of(() -> new TallyAnswers(ports.projects(), ports.samples(), ports.tallies(), ports.taskQueue(),
                ports.labelDecider(), ports.unitPrices(), ports.clock()));
        this.results = Lazy.of(() -> new RetrieveResults(ports.projects(), ports.resultPages()));
    }

    public static Engine from(EnginePorts ports) {
        return new Engine(ports);
    }

    public Dispatch dispatch() {
        return dispatch.get();
    }

    public ClaimTask claim() {
        return claim.get();
    }

    public SubmitAnswer submit() {
        return submit.get();
    }

    public ReleaseTask release() {
        return release.get();
    }

    public TallyAnswers tally() {
        return tally.get();
    }

    public RetrieveResults results() {
        return results.get();
    }

    public Duration defaultLease() {
        return ports.leaseDuration();
    }

    /** A paused project runs again: a sweep dispatches what waited and puts its parked micro-tasks back. */
    public void projectResumed(ProjectId projectId) {
        ports.dispatchQueue().send(SweepRequest.start(projectId));
    }
}
