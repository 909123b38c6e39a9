package io.quorum.engine;

import static io.quorum.engine.EngineHarness.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.json.Json;
import io.quorum.project.Counters;
import io.quorum.project.Project;
import io.quorum.project.ProjectStatus;
import io.quorum.sample.Sample;
import io.quorum.sample.SampleStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class TallyAnswersTest {

    private final EngineHarness engine = new EngineHarness();

    @Test
    void agreeingAnswersDecideEverySampleCountExactlyAndCompleteTheProject() throws Exception {
        Project project = engine.runningProject(2);
        assertEquals(new Counters(2, 0, 2, 0, 0, 0, 0), engine.projects.get(project.id()).counters());
        assertEquals(6, engine.answerAll(3, "cat"));
        List<TallyAnswers.Result> results = engine.drainTally();
        assertEquals(2, results.stream().filter(r -> r == TallyAnswers.Result.DECIDED).count());
        Project done = engine.projects.get(project.id());
        assertEquals(new Counters(2, 0, 0, 2, 2, 0, 2), done.counters());
        assertEquals(6 * 2, done.amountSpentCents(), "6 decided single_choice micro-tasks at 2 cents");
        assertEquals(ProjectStatus.COMPLETED, done.status());
        Sample sample = engine.samples.all(project.id()).get(0);
        JsonNode result = Json.MAPPER.readTree(engine.store.results(project.id(), sample.id()).get("label"));
        assertEquals("cat", result.at("/label/choice").asText());
        assertEquals(1.0, result.get("confidence").asDouble());
        assertFalse(result.get("lowConfidence").asBoolean());
        assertEquals(3, result.get("answers").size());
        assertEquals("single_choice", result.get("taskType").asText());
        assertEquals("done", engine.store.currentNode(project.id(), sample.id()).orElseThrow());
    }

    @Test
    void aTallyDeliveredAgainAndAgainDecidesOnce() {
        Project project = engine.runningProject(1);
        engine.answerAll(3, "dog");
        TallyRequest request = engine.tallyQueue.drain().get(0);
        assertEquals(TallyAnswers.Result.DECIDED, engine.tally.handle(request, false));
        assertEquals(TallyAnswers.Result.ALREADY_DECIDED, engine.tally.handle(request, false));
        assertEquals(TallyAnswers.Result.ALREADY_DECIDED, engine.tally.handle(request, true));
        Project done = engine.projects.get(project.id());
        assertEquals(new Counters(1, 0, 0, 1, 1, 0, 1), done.counters());
        assertEquals(6, done.amountSpentCents());
        assertEquals(ProjectStatus.COMPLETED, done.status());
    }

    @Test
    void aTallyBeforeEveryAnswerIsInWaits() {
        Project project = engine.runningProject(1);
        ClaimTask.Claimed claimed = engine.claim(worker(1));
        engine.answer(worker(1), claimed, "cat");
        assertEquals(List.of(TallyAnswers.Result.WAITING), engine.drainTally());
        assertEquals(new Counters(1, 0, 1, 0, 0, 0, 0), engine.projects.get(project.id()).counters());
        assertEquals(0, engine.projects.get(project.id()).amountSpentCents());
    }

    @Test
    void disagreementIssuesExtraMicroTasksOnceEvenWhenTheMessageIsRedelivered() {
        Project project = engine.runningProject(1);
        engine.answer(worker(1), engine.claim(worker(1)), "cat");
        engine.answer(worker(2), engine.claim(worker(2)), "dog");
        engine.answer(worker(3), engine.claim(worker(3)), "unknown");
        List<TallyRequest> requests = engine.tallyQueue.drain();
        TallyRequest last = requests.get(requests.size() - 1);
        assertEquals(TallyAnswers.Result.MORE_ISSUED, engine.tally.handle(last, false));
        assertEquals(TallyAnswers.Result.WAITING, engine.tally.handle(last, false));
        assertEquals(4, engine.store.tasks(project.id()).size(), "one extra micro-task, once");
        assertEquals(1, engine.taskQueue.visible().size());

        engine.answer(worker(4), engine.claim(worker(4)), "cat");
        assertEquals(List.of(TallyAnswers.Result.MORE_ISSUED), engine.drainTally(), "2 of 4 is no majority");
        engine.answer(worker(5), engine.claim(worker(5)), "cat");
        assertEquals(List.of(TallyAnswers.Result.DECIDED), engine.drainTally());
        Project done = engine.projects.get(project.id());
        assertEquals(5 * 2, done.amountSpentCents(), "every answered micro-task is paid");
        assertEquals(ProjectStatus.COMPLETED, done.status());
    }

    @Test
    void aRedeliveredTallySendsQueuedMicroTasksAgainWhenTheirFirstSendFailed() {
        Project project = engine.runningProject(1);
        engine.answer(worker(1), engine.claim(worker(1)), "cat");
        engine.answer(worker(2), engine.claim(worker(2)), "dog");
        engine.answer(worker(3), engine.claim(worker(3)), "unknown");
        List<TallyRequest> requests = engine.tallyQueue.drain();
        engine.taskQueue.failNextSends(1);
        TallyRequest last = requests.get(requests.size() - 1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> engine.tally.handle(last, false));
        assertEquals(0, engine.taskQueue.size(), "issued but not sent");
        assertEquals(TallyAnswers.Result.WAITING, engine.tally.handle(last, true));
        assertEquals(1, engine.taskQueue.size());
        assertEquals(4, engine.store.tasks(project.id()).size());
    }

    @Test
    void samplesAddedWhileRunningAreDispatchedAndCompletionWaitsForThem() {
        Project project = engine.runningProject(1);
        engine.answerAll(3, "cat");
        List<Sample> added = engine.addIngested(project.id(), 1, 100);
        engine.drainTally();
        assertEquals(ProjectStatus.RUNNING, engine.projects.get(project.id()).status(), "one sample still waits");
        engine.dispatch.sampleReady(project.id(), added.get(0).id());
        assertEquals(SampleStatus.PROCESSING, engine.samples.findAll(project.id(), List.of(added.get(0).id())).get(0).status());
        engine.answerAll(3, "cat");
        engine.drainTally();
        Project done = engine.projects.get(project.id());
        assertEquals(ProjectStatus.COMPLETED, done.status());
        assertEquals(new Counters(2, 0, 0, 2, 2, 0, 2), done.counters());
        assertTrue(engine.store.completeIfDone(project.id(), engine.clock.now()) == false, "completed once");
    }
}
