package io.quorum.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectStatus;
import io.quorum.workflow.ResourceType;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchTest {

    private final EngineHarness engine = new EngineHarness();

    @Test
    void approvalRunsTheProjectAndEveryIngestedSampleEntersTheFirstNodeWithRepetitionMicroTasks() {
        Project project = engine.checkingProject(120);
        Project approved = engine.approve.execute(project.id().value());
        assertEquals(ProjectStatus.RUNNING, approved.status());
        assertEquals(ProjectStatus.RUNNING, engine.projects.get(project.id()).status());
        engine.drainDispatch();
        assertEquals(new Counters(120, 0, 120, 0, 0, 0, 0), engine.projects.get(project.id()).counters());
        assertEquals(360, engine.count(project.id(), TaskState.QUEUED));
        assertEquals(360, engine.taskQueue.size());
    }

    @Test
    void samplesNotYetIngestedWaitAndAreDispatchedWhenReady() {
        Project project = engine.checkingProject(1);
        Sample raw = Sample.submitted(project.id(), "https://img.example.com/late.jpg", ResourceType.IMAGE, engine.clock.now());
        engine.projects.save(engine.projects.get(project.id()).withStatus(ProjectStatus.RUNNING, engine.clock.now()));
        engine.samples.addAll(engine.projects.get(project.id()), List.of(raw), engine.clock.now());
        engine.projects.save(engine.projects.get(project.id()).withStatus(ProjectStatus.CHECKING, engine.clock.now()));
        engine.approve.execute(project.id().value());
        engine.drainDispatch();
        assertEquals(new Counters(2, 1, 1, 0, 0, 0, 0), engine.projects.get(project.id()).counters());
        engine.dispatch.sampleReady(project.id(), raw.id());
        assertEquals(new Counters(2, 1, 1, 0, 0, 0, 0), engine.projects.get(project.id()).counters(), "not ingested: stays pending");
        engine.samples.replace(engine.ingested(raw));
        engine.dispatch.sampleReady(project.id(), raw.id());
        engine.dispatch.sampleReady(project.id(), raw.id());
        assertEquals(new Counters(2, 0, 2, 0, 0, 0, 0), engine.projects.get(project.id()).counters());
        assertEquals(6, engine.store.tasks(project.id()).size());
    }

    @Test
    void samplesOfAProjectThatDoesNotRunWait() {
        Project project = engine.checkingProject(1);
        Sample sample = engine.samples.all(project.id()).get(0);
        engine.dispatch.sampleReady(project.id(), sample.id());
        assertEquals(SampleStatus.PENDING, engine.samples.all(project.id()).get(0).status());
        assertEquals(0, engine.taskQueue.size());
    }

    @Test
    void approvingAProjectNotUnderReviewIsAConflictAndAnUnknownOneIsNotFound() {
        Project project = engine.runningProject(1);
        assertEquals(Failure.PROJECT_STATE_CONFLICT, assertThrows(DomainException.class, () -> engine.approve.execute(project.id().value())).failure());
        assertEquals(Failure.PROJECT_NOT_FOUND, assertThrows(DomainException.class, () -> engine.approve.execute("p999_Nothere1")).failure());
        assertEquals(Failure.PROJECT_NOT_FOUND, assertThrows(DomainException.class, () -> engine.approve.execute("garbage")).failure());
    }

    @Test
    void aSweepRedeliveredAfterAFailedSendSendsTheWrittenMicroTasksAgain() {
        Project project = engine.checkingProject(2);
        engine.approve.execute(project.id().value());
        SweepRequest first = engine.dispatchQueue.drain().get(0);
        engine.taskQueue.failNextSends(1);
        assertThrows(IllegalStateException.class, () -> engine.dispatch.sweep(first, false));
        assertEquals(0, engine.taskQueue.size());
        engine.dispatch.sweep(first, true);
        engine.drainDispatch();
        assertEquals(engine.store.tasks(project.id()).stream().map(MicroTask::ref).collect(java.util.stream.Collectors.toSet()),
                java.util.Set.copyOf(engine.taskQueue.all()), "every written micro-task is on the queue (copies are harmless)");
        assertEquals(new Counters(2, 0, 2, 0, 0, 0, 0), engine.projects.get(project.id()).counters());
        assertEquals(6, engine.store.tasks(project.id()).size());
    }

    @Test
    void aSweepOfADeletedOrPausedProjectStops() {
        Project project = engine.checkingProject(2);
        engine.approve.execute(project.id().value());
        engine.projects.save(engine.projects.get(project.id()).withStatus(ProjectStatus.PAUSED, engine.clock.now()));
        engine.drainDispatch();
        assertEquals(0, engine.taskQueue.size());
        assertEquals(new Counters(2, 2, 0, 0, 0, 0, 0), engine.projects.get(project.id()).counters());
    }
}
