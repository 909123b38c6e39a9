package io.quorum.it;

import static io.quorum.it.ItSupport.alter;
import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.createProject;
import static io.quorum.it.ItSupport.forceStatus;
import static io.quorum.it.ItSupport.retrieve;
import static io.quorum.it.ItSupport.submit;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.LocalStackExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * alterState and setProject through every status, with the spec's code for each refusal. Statuses
 * that only operator approval or the labeling engine reach are set directly in DynamoDB.
 */
@ExtendWith(LocalStackExtension.class)
class ProjectLifecycleIT {

    private static final String IMAGE = "https://images.example.com/cat.jpg";

    private static V1Client customer;

    @BeforeAll
    static void account() {
        customer = ItSupport.newCustomer();
    }

    @Test
    void startWithoutResourcesGetsCode10() {
        String id = createProject(customer, uniqueName("empty"));
        JsonNode answer = alter(customer, id, "start");
        assertCode(10, answer);
        assertEquals("The project has not uploaded files and cannot be opened, please upload files first", answer.get("errorMsg").asText());
        assertEquals("unstarted", status(id));
    }

    @Test
    void startWhenEveryResourceFailedGetsCode11() {
        String id = createProject(customer, uniqueName("all failed"));
        assertCode(0, submit(customer, id, IMAGE));
        ItSupport.forceAllFailed(id);
        assertCode(11, alter(customer, id, "start"));
        assertEquals("unstarted", status(id));
    }

    @Test
    void startSubmitsForReviewThenAnswers13() {
        String id = startedProject("review");
        assertEquals("checking", status(id));
        assertCode(13, alter(customer, id, "start"));
    }

    @Test
    void runningProjectAnswers14ToStartAndPausesThenResumes() {
        String id = startedProject("running");
        forceStatus(id, "running");
        assertCode(14, alter(customer, id, "start"));
        JsonNode paused = alter(customer, id, "pause");
        assertCode(0, paused);
        assertEquals("paused", paused.get("data").get("projectStatus").asText());
        assertCode(20, alter(customer, id, "pause"));
        assertCode(0, alter(customer, id, "start"));
        assertEquals("running", status(id));
    }

    @Test
    void completedProjectAnswers15ToStartAnd21ToPause() {
        String id = startedProject("completed");
        forceStatus(id, "completed");
        assertCode(15, alter(customer, id, "start"));
        assertCode(21, alter(customer, id, "pause"));
        assertEquals("completed", status(id));
    }

    @Test
    void pauseBeforeRunningGetsCode21() {
        String id = createProject(customer, uniqueName("not running"));
        assertCode(21, alter(customer, id, "pause"));
        String checking = startedProject("checking pause");
        assertCode(21, alter(customer, checking, "pause"));
        assertEquals("checking", status(checking));
    }

    @Test
    void runningProjectCannotBeDeletedCode22AndUnderReviewCode23() {
        String running = startedProject("delete running");
        forceStatus(running, "running");
        assertCode(22, alter(customer, running, "delete"));
        assertEquals("running", status(running));
        String checking = startedProject("delete checking");
        assertCode(23, alter(customer, checking, "delete"));
        assertEquals("checking", status(checking));
    }

    @Test
    void deletedProjectAnswers8EverywhereAndFreesItsName() {
        String name = uniqueName("deleted");
        String id = createProject(customer, name);
        assertCode(7, customer.call("/api/v1/projects", ItSupport.classificationParams(name)));
        JsonNode deleted = alter(customer, id, "delete");
        assertCode(0, deleted);
        assertEquals("delete", deleted.get("data").get("alterType").asText());
        assertCode(8, retrieve(customer, id));
        assertCode(8, alter(customer, id, "start"));
        assertCode(8, alter(customer, id, "delete"));
        assertCode(8, submit(customer, id, IMAGE));
        assertCode(8, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"instruction\": \"x\"}"));
        String reused = createProject(customer, name);
        assertTrue(!reused.equals(id));
    }

    @Test
    void pausedProjectCanBeDeleted() {
        String id = startedProject("paused delete");
        forceStatus(id, "paused");
        assertCode(0, alter(customer, id, "delete"));
        assertCode(8, retrieve(customer, id));
    }

    @Test
    void setProjectAfterStartGetsCode28AndChangesNothing() {
        String id = startedProject("locked");
        JsonNode answer = customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"instruction\": \"changed\"}");
        assertCode(28, answer);
        assertEquals("Projects that have been opened for delivery review cannot be modified", answer.get("errorMsg").asText());
        assertEquals("look closely", retrieve(customer, id).get("data").get("projectData").get("projectInstruction").asText());
        forceStatus(id, "running");
        assertCode(28, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"instruction\": \"changed\"}"));
    }

    @Test
    void unknownAlterTypeGetsCode2() {
        String id = createProject(customer, uniqueName("alter type"));
        assertCode(2, alter(customer, id, "restart"));
        assertCode(2, customer.call("/api/v1/projects/alterState", "{\"projectId\": \"" + id + "\"}"));
        assertCode(2, customer.call("/api/v1/projects/alterState", "{\"projectId\": \"" + id + "\", \"type\": \"start\", \"force\": true}"));
        assertEquals("unstarted", status(id));
    }

    @Test
    void concurrentStartsSubmitOnceAndTheOthersGet13() throws Exception {
        String id = createProject(customer, uniqueName("race"));
        assertCode(0, submit(customer, id, IMAGE));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<JsonNode>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> alter(customer, id, "start")));
            }
            int successes = 0;
            for (var future : futures) {
                int code = future.get().get("code").asInt();
                assertTrue(code == 0 || code == 13, "code " + code);
                successes += code == 0 ? 1 : 0;
            }
            assertEquals(1, successes);
        } finally {
            pool.shutdownNow();
        }
        assertEquals("checking", status(id));
    }

    private static String startedProject(String prefix) {
        String id = createProject(customer, uniqueName(prefix));
        assertCode(0, submit(customer, id, IMAGE));
        assertCode(0, alter(customer, id, "start"));
        return id;
    }

    private static String status(String id) {
        return ItSupport.projectItem(id).get("status").s();
    }
}
