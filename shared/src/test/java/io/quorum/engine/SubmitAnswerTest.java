package io.quorum.engine;

import static io.quorum.engine.EngineHarness.choice;
import static io.quorum.engine.EngineHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import io.quorum.project.Project;
import io.quorum.project.ProjectStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SubmitAnswerTest {

    private final EngineHarness engine = new EngineHarness();

    private Failure refusal(Runnable call) {
        return assertThrows(DomainException.class, call::run).failure();
    }

    @Test
    void anAcceptedAnswerIsStoredItsMessageDeletedAndItGoesToTheTally() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        SubmitAnswer.Receipt receipt = engine.answer(worker(1), claimed, "cat");
        assertFalse(receipt.duplicate());
        MicroTask task = engine.store.find(new TaskRef(project.id(), claimed.token().taskId())).orElseThrow();
        assertEquals(TaskState.ANSWERED, task.state());
        assertEquals(choice("cat"), task.answer().orElseThrow());
        assertEquals(2, engine.taskQueue.size(), "the answered micro-task's message is gone");
        assertEquals(1, engine.tallyQueue.drain().size());
    }

    @Test
    void aSecondSubmitOfTheSameTokenCountsOnce() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        engine.answer(worker(1), claimed, "cat");
        SubmitAnswer.Receipt again = engine.answer(worker(1), claimed, "dog");
        assertTrue(again.duplicate());
        assertEquals(choice("cat"), engine.store.find(new TaskRef(project.id(), claimed.token().taskId())).orElseThrow().answer().orElseThrow());
        assertEquals(2, engine.tallyQueue.sends(), "the tally message is sent again");
        assertEquals(1, engine.tallyQueue.drain().size(), "and deduplicated by the micro-task id");
    }

    @Test
    void anotherWorkersTokenAnswers30() {
        engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        assertEquals(Failure.TASK_TOKEN_INVALID, refusal(() -> engine.answer(worker(2), claimed, "cat")));
        assertEquals(Failure.TASK_TOKEN_INVALID, refusal(() -> engine.release.execute(new ReleaseTask.Command(worker(2), claimed.token().encode()))));
    }

    @Test
    void aMalformedOrUnknownTokenAnswers30() {
        engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        for (String token : new String[] {"", "nonsense", "t1.!!!", claimed.token().encode() + "x",
                new TaskToken(claimed.token().projectId(), claimed.token().taskId(), "0".repeat(32)).encode()}) {
            assertEquals(Failure.TASK_TOKEN_INVALID,
                    refusal(() -> engine.submit.execute(new SubmitAnswer.Command(worker(1), token, choice("cat")))), token);
        }
    }

    @Test
    void anExpiredLeaseAnswers31AndItsMicroTaskIsBackOnTheQueueAtOnce() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        engine.clock.advance(Duration.ofMinutes(10));
        assertEquals(Failure.LEASE_EXPIRED, refusal(() -> engine.answer(worker(1), claimed, "cat")));
        assertEquals(3, engine.taskQueue.visible().size(), "visible again before its visibility timeout");
        ClaimTask.Claimed other = engine.claim(worker(2));
        assertEquals(Failure.LEASE_EXPIRED, refusal(() -> engine.answer(worker(1), claimed, "cat")), "still 31 once re-leased");
        assertEquals(0, engine.count(project.id(), TaskState.ANSWERED));
        assertFalse(engine.answer(worker(2), other, "cat").duplicate());
    }

    @Test
    void aWrongAnswerAnswers32AndChangesNothing() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        MicroTask before = engine.store.find(new TaskRef(project.id(), claimed.token().taskId())).orElseThrow();
        assertEquals(Failure.ANSWER_INVALID, refusal(() -> engine.answer(worker(1), claimed, "horse")));
        assertEquals(Failure.ANSWER_INVALID, refusal(() ->
                engine.submit.execute(new SubmitAnswer.Command(worker(1), claimed.token().encode(), Json.object().put("choices", "cat")))));
        assertEquals(before, engine.store.find(new TaskRef(project.id(), claimed.token().taskId())).orElseThrow());
        assertEquals(0, engine.tallyQueue.sends());
        assertFalse(engine.answer(worker(1), claimed, "dog").duplicate(), "the lease still holds");
    }

    @Test
    void aDeletedProjectAnswers8() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        engine.projects.save(engine.projects.get(project.id()).withStatus(ProjectStatus.DELETED, engine.clock.now()));
        assertEquals(Failure.PROJECT_NOT_FOUND, refusal(() -> engine.answer(worker(1), claimed, "cat")));
    }

    @Test
    void whenTheTallyQueueRefusesTheClientRetriesAndTheAnswerCountsOnce() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        engine.tallyQueue.failNextSends(1);
        assertEquals(Failure.QUEUE_UNAVAILABLE, refusal(() -> engine.answer(worker(1), claimed, "cat")));
        assertEquals(1, engine.count(project.id(), TaskState.ANSWERED));
        assertTrue(engine.answer(worker(1), claimed, "cat").duplicate());
        assertEquals(1, engine.tallyQueue.drain().size());
    }

    @Test
    void releaseQueuesTheMicroTaskAtOnceForAnotherWorker() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        engine.release.execute(new ReleaseTask.Command(worker(1), claimed.token().encode()));
        assertEquals(3, engine.taskQueue.visible().size());
        assertEquals(3, engine.count(project.id(), TaskState.QUEUED));
        assertEquals(Failure.NO_TASK_AVAILABLE, refusal(() -> engine.claim(worker(1))), "the same worker is not served again");
        assertEquals(Failure.TASK_TOKEN_INVALID, refusal(() -> engine.answer(worker(1), claimed, "cat")), "a released token is void");
        assertEquals(3, engine.answerAll(4, "cat"));
    }
}
