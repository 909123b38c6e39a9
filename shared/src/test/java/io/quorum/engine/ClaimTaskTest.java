package io.quorum.engine;

import static io.quorum.engine.EngineHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.project.AlterProjectState;
import io.quorum.project.Project;
import io.quorum.project.ProjectStatus;
import io.quorum.project.StateChange;
import io.quorum.testing.Fixtures;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimTaskTest {

    private final EngineHarness engine = new EngineHarness();

    @Test
    void claimHandsOutOneMicroTaskWithATenMinuteLeaseAndThePresignedResource() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        assertEquals(project.id(), claimed.token().projectId());
        assertEquals("label", claimed.node().id());
        assertEquals(engine.clock.now().plus(Duration.ofMinutes(10)), claimed.leaseExpiresAt());
        assertTrue(claimed.resourceUrl().toString().contains(claimed.sample().stored().orElseThrow().blobKey()));
        assertEquals(1, engine.count(project.id(), TaskState.LEASED));
        assertEquals(2, engine.taskQueue.visible().size(), "the two other micro-tasks stay on the queue");
    }

    @Test
    void aWorkerNeverGetsTwoMicroTasksOfTheSameSampleAndNode() {
        engine.runningProject(1);
        engine.claim(worker(1));
        DomainException none = assertThrows(DomainException.class, () -> engine.claim(worker(1)));
        assertEquals(Failure.NO_TASK_AVAILABLE, none.failure());
        assertEquals(2, engine.taskQueue.visible().size(), "messages skipped for this worker go straight back");
        Set<TaskId> handedOut = new HashSet<>();
        handedOut.add(engine.claim(worker(2)).token().taskId());
        handedOut.add(engine.claim(worker(3)).token().taskId());
        assertEquals(2, handedOut.size());
    }

    @Test
    void nothingOnTheQueueAnswersNoTaskAvailable() {
        DomainException none = assertThrows(DomainException.class, () -> engine.claim(worker(1)));
        assertEquals(Failure.NO_TASK_AVAILABLE, none.failure());
    }

    @Test
    void pausedProjectParksItsMicroTasksAndAResumeQueuesEachOnceAgain() {
        Project project = engine.runningProject(2);
        AlterProjectState alter = new AlterProjectState(engine.projects, engine.clock,
                id -> engine.dispatchQueue.send(SweepRequest.start(id)));
        alter.execute(new AlterProjectState.Command(Fixtures.OWNER, project.id().value(), StateChange.PAUSE));

        assertEquals(Failure.NO_TASK_AVAILABLE, assertThrows(DomainException.class, () -> engine.claim(worker(1))).failure());
        assertEquals(6, engine.count(project.id(), TaskState.PARKED));
        assertEquals(6, engine.store.parkedSet(project.id()).size());
        assertEquals(0, engine.taskQueue.size(), "parked micro-tasks leave the queue");

        alter.execute(new AlterProjectState.Command(Fixtures.OWNER, project.id().value(), StateChange.START));
        engine.drainDispatch();
        assertEquals(6, engine.count(project.id(), TaskState.QUEUED));
        assertEquals(6, engine.taskQueue.size(), "one message per parked micro-task");
        assertTrue(engine.store.parkedSet(project.id()).isEmpty());

        assertEquals(6, engine.answerAll(3, "cat"));
        engine.drainTally();
        assertEquals(ProjectStatus.COMPLETED, engine.projects.get(project.id()).status());
    }

    @Test
    void leasedMicroTasksStayWithTheirWorkersThroughAPause() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        engine.projects.save(engine.projects.get(project.id()).withStatus(ProjectStatus.PAUSED, engine.clock.now()));
        assertThrows(DomainException.class, () -> engine.claim(worker(2)));
        assertEquals(2, engine.count(project.id(), TaskState.PARKED));
        assertEquals(false, engine.answer(worker(1), claimed, "cat").duplicate());
    }

    @Test
    void deletedProjectsMessagesAreDropped() {
        Project project = engine.runningProject(1);
        engine.projects.save(engine.projects.get(project.id()).withStatus(ProjectStatus.DELETED, engine.clock.now()));
        assertThrows(DomainException.class, () -> engine.claim(worker(1)));
        assertEquals(0, engine.taskQueue.size());
        assertEquals(3, engine.count(project.id(), TaskState.QUEUED), "nothing is leased");
    }

    @Test
    void anExpiredLeaseIsHandedOutAgainWithoutAnySubmit() {
        engine.runningProject(1);
        ClaimTask.Claimed first = engine.claim(worker(1));
        engine.claim(worker(2));
        engine.claim(worker(3));
        assertThrows(DomainException.class, () -> engine.claim(worker(4)));
        engine.clock.advance(Duration.ofMinutes(11));
        ClaimTask.Claimed again = engine.claim(worker(4));
        MicroTask task = engine.store.find(new TaskRef(first.token().projectId(), again.token().taskId())).orElseThrow();
        assertEquals(Optional.of(worker(4)), task.worker(), "an expired micro-task is leased to the next worker");
        assertNotEquals(first.token().secret(), again.token().secret());
    }

    @Test
    void aDuplicateMessageOfALeasedMicroTaskIsKeptHiddenUntilTheLeaseEnds() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        engine.taskQueue.send(java.util.List.of(new TaskRef(project.id(), claimed.token().taskId())));
        engine.claim(worker(2));
        engine.claim(worker(3));
        assertThrows(DomainException.class, () -> engine.claim(worker(4)));
        assertEquals(4, engine.taskQueue.size(), "the copy is kept");
        assertEquals(1, engine.store.tasks(project.id()).stream().filter(t -> t.worker().equals(Optional.of(worker(1)))).count());
    }

    @Test
    void claimCanBeRestrictedToOneProject() {
        Project first = engine.runningProject(1);
        Project second = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim.execute(new ClaimTask.Command(worker(1), Optional.of(second.id().value()), ClaimTask.DEFAULT_LEASE));
        assertEquals(second.id(), claimed.token().projectId());
        assertEquals(3, engine.count(first.id(), TaskState.QUEUED));
    }
}
