package io.quorum.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.project.ProjectId;
import io.quorum.sample.SampleId;
import org.junit.jupiter.api.Test;

class TaskTokenTest {

    private final TaskId taskId = new TaskId(SampleId.forSource("https://a.example.com/1.jpg"), "box.cat", 3);

    @Test
    void aTokenReadsBackAndKeepsItsSecretOutOfToString() {
        TaskToken token = TaskToken.issue(new ProjectId("p1_Abcdefgh"), taskId);
        assertEquals(token, TaskToken.parse(token.encode()).orElseThrow());
        assertFalse(token.toString().contains(token.secret()));
        assertNotEquals(token.secret(), TaskToken.issue(new ProjectId("p1_Abcdefgh"), taskId).secret());
    }

    @Test
    void taskIdsWithDotsInTheNodeIdReadBack() {
        assertEquals(taskId, TaskId.parse(taskId.value()).orElseThrow());
        assertTrue(TaskId.parse("s_0.label.1").isEmpty());
        assertTrue(TaskId.parse(taskId.sampleId().value() + ".label.0").isEmpty());
    }
}
