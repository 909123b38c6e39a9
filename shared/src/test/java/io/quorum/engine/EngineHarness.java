package io.quorum.engine;

import io.quorum.admin.ApproveProject;
import io.quorum.billing.UnitPrices;
import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.SecretKey;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import io.quorum.project.Project;
import io.quorum.project.ProjectId;
import io.quorum.project.ProjectSpec;
import io.quorum.project.ProjectStatus;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleStatus;
import io.quorum.sample.StoredResource;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryBlobStore;
import io.quorum.testing.InMemoryProjectStore;
import io.quorum.testing.InMemorySampleStore;
import io.quorum.testing.InMemoryTaskQueue;
import io.quorum.testing.InMemoryTaskStore;
import io.quorum.testing.MajorityDecider;
import io.quorum.testing.MutableClock;
import io.quorum.testing.RecordingDispatchQueue;
import io.quorum.testing.RecordingTallyQueue;
import io.quorum.worker.WorkerId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The engine wired on in-memory fakes, with the steps the consumers would run, for unit tests. */
final class EngineHarness {

    final MutableClock clock = new MutableClock();
    final InMemoryProjectStore projects = new InMemoryProjectStore();
    final InMemorySampleStore samples = new InMemorySampleStore(projects);
    final InMemoryTaskStore store = new InMemoryTaskStore(projects, samples);
    final InMemoryTaskQueue taskQueue = new InMemoryTaskQueue(clock);
    final RecordingTallyQueue tallyQueue = new RecordingTallyQueue();
    final RecordingDispatchQueue dispatchQueue = new RecordingDispatchQueue();
    final InMemoryBlobStore blobs = new InMemoryBlobStore("resources");
    final UnitPrices prices = UnitPrices.defaults();

    final Dispatch dispatch = new Dispatch(projects, samples, store, taskQueue, dispatchQueue, clock);
    final ApproveProject approve = new ApproveProject(projects, dispatchQueue, clock);
    final ClaimTask claim = new ClaimTask(projects, samples, store, taskQueue, blobs, clock);
    final SubmitAnswer submit = new SubmitAnswer(projects, samples, store, taskQueue, tallyQueue, clock);
    final ReleaseTask release = new ReleaseTask(projects, store, taskQueue, clock);
    final TallyAnswers tally = new TallyAnswers(projects, samples, store, taskQueue, new MajorityDecider(), prices, clock);
    final RetrieveResults results = new RetrieveResults(projects, store);

    private int projectCount;

    static WorkerId worker(int n) {
        return new WorkerId(String.format("W_%032X", n));
    }

    /** A classification project (cat, dog, unknown) under review with {@code count} ingested image samples. */
    Project checkingProject(int count) {
        ProjectId id = new ProjectId("p" + (++projectCount) + "_Abcdefgh");
        Project project = Project.newProject(id, Fixtures.OWNER, ProjectSpec.from(Fixtures.classification("engine " + projectCount)), clock.now());
        projects.create(project);
        addIngested(project.id(), count, 0);
        Project stored = projects.get(id);
        projects.save(stored.withStatus(ProjectStatus.CHECKING, clock.now()));
        return projects.get(id);
    }

    /** Adds {@code count} samples to the project, ingested (stored, 640x480). */
    List<Sample> addIngested(ProjectId projectId, int count, int offset) {
        List<Sample> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(Sample.submitted(projectId, "https://img.example.com/" + projectId + "/" + (offset + i) + ".jpg", ResourceType.IMAGE, clock.now()));
        }
        for (int from = 0; from < added.size(); from += 99) {
            samples.addAll(projects.get(projectId), added.subList(from, Math.min(added.size(), from + 99)), clock.now());
        }
        List<Sample> ingested = added.stream().map(this::ingested).toList();
        ingested.forEach(samples::replace);
        return ingested;
    }

    Sample ingested(Sample sample) {
        return new Sample(sample.projectId(), sample.id(), sample.source(), sample.resourceType(), sample.status(), sample.submittedAt(),
                Optional.of(new StoredResource("resources/" + sample.id().value(), "image/jpeg", 1234, OptionalInt.of(640), OptionalInt.of(480))),
                Optional.empty());
    }

    /** A running project with every sample dispatched. */
    Project runningProject(int count) {
        Project project = checkingProject(count);
        approve.execute(project.id().value());
        drainDispatch();
        return projects.get(project.id());
    }

    /** Runs every sweep message (and those they queue) as the dispatch consumer would. */
    void drainDispatch() {
        for (List<SweepRequest> batch = dispatchQueue.drain(); !batch.isEmpty(); batch = dispatchQueue.drain()) {
            batch.forEach(request -> dispatch.sweep(request, false));
        }
    }

    /** Runs every waiting tally message as the tally consumer would. */
    List<TallyAnswers.Result> drainTally() {
        List<TallyAnswers.Result> done = new ArrayList<>();
        for (List<TallyRequest> batch = tallyQueue.drain(); !batch.isEmpty(); batch = tallyQueue.drain()) {
            batch.forEach(request -> done.add(tally.handle(request, false)));
        }
        return done;
    }

    ClaimTask.Claimed claim(WorkerId worker) {
        return claim.execute(new ClaimTask.Command(worker, Optional.empty(), ClaimTask.DEFAULT_LEASE));
    }

    SubmitAnswer.Receipt answer(WorkerId worker, ClaimTask.Claimed claimed, String choice) {
        return submit.execute(new SubmitAnswer.Command(worker, claimed.token().encode(), choice(choice)));
    }

    static JsonNode choice(String choice) {
        return Json.object().put("choice", choice);
    }

    /** Every worker from 1 to {@code workers} claims and answers until nothing is left for it. */
    int answerAll(int workers, String choice) {
        int answered = 0;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int w = 1; w <= workers; w++) {
                Optional<ClaimTask.Claimed> claimed = tryClaim(worker(w));
                if (claimed.isPresent()) {
                    answer(worker(w), claimed.get(), choice);
                    answered++;
                    progress = true;
                }
            }
        }
        return answered;
    }

    Optional<ClaimTask.Claimed> tryClaim(WorkerId worker) {
        try {
            return Optional.of(claim(worker));
        } catch (DomainException refused) {
            if (refused.failure() == Failure.NO_TASK_AVAILABLE) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    long count(ProjectId projectId, TaskState state) {
        return store.tasks(projectId).stream().filter(t -> t.state() == state).count();
    }

    List<Sample> samplesOf(ProjectId projectId, SampleStatus status) {
        return samples.all(projectId).stream().filter(s -> s.status() == status).toList();
    }

    static SecretKey secret() {
        return new SecretKey("test_workersecretkey000000000000000");
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }
}
