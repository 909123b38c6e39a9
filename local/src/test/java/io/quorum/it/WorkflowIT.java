package io.quorum.it;

import static io.quorum.it.ItSupport.alter;
import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.createProject;
import static io.quorum.it.ItSupport.parse;
import static io.quorum.it.ItSupport.projectItem;
import static io.quorum.it.ItSupport.submit;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.LocalStackExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** setWorkflow and retrieveWorkflow over signed HTTP against the embedded stack, and the repetition param. */
@ExtendWith(LocalStackExtension.class)
class WorkflowIT {

    private static final String CAT_THEN_BOX = """
            {"start": "classify",
             "nodes": [
              {"id": "classify", "type": "task", "taskType": "single_choice", "question": "Which animal?", "options": ["cat", "dog"], "instruction": "", "repetition": 3, "maxRepetition": 5},
              {"id": "box-cat", "type": "task", "taskType": "rectangle_frame_select", "objectMarked": "cat", "repetition": 3},
              {"id": "cat-done", "type": "completion"},
              {"id": "other-done", "type": "completion"}],
             "edges": [
              {"from": "classify", "to": "box-cat", "when": "cat"},
              {"from": "classify", "to": "other-done"},
              {"from": "box-cat", "to": "cat-done"}]}""";

    private static V1Client customer;
    private static V1Client other;

    @BeforeAll
    static void accounts() {
        customer = ItSupport.newCustomer();
        other = ItSupport.newCustomer();
    }

    private static JsonNode setWorkflow(V1Client client, String projectId, String workflow) {
        return client.call("/api/v1/projects/setWorkflow", "{\"projectId\": \"" + projectId + "\", \"workflow\": " + workflow + "}");
    }

    private static JsonNode retrieveWorkflow(V1Client client, String projectId) {
        return client.call("/api/v1/projects/retrieveWorkflow", "{\"projectId\": \"" + projectId + "\"}");
    }

    @Test
    void aNewProjectShowsTheOneNodeWorkflowOfItsFields() {
        String id = createProject(customer, uniqueName("derived"));
        JsonNode answer = retrieveWorkflow(customer, id);
        assertCode(0, answer);
        JsonNode data = answer.get("data");
        assertEquals(id, data.get("projectId").asText());
        assertFalse(data.get("custom").asBoolean());
        assertEquals(parse("""
                {"start": "label",
                 "nodes": [{"id": "label", "type": "task", "taskType": "single_choice", "question": "cat or dog?", "options": ["cat", "dog"],
                            "instruction": "look closely", "repetition": 3, "maxRepetition": 5},
                           {"id": "done", "type": "completion"}],
                 "edges": [{"from": "label", "to": "done"}]}"""), data.get("workflow"));
    }

    @Test
    void theWorkflowSetIsTheWorkflowRetrieved() {
        String id = createProject(customer, uniqueName("round trip"));
        JsonNode set = setWorkflow(customer, id, CAT_THEN_BOX);
        assertCode(0, set);
        assertEquals(id, set.get("data").get("projectId").asText());
        JsonNode canonical = set.get("data").get("workflow");
        assertEquals(5, canonical.get("nodes").get(1).get("maxRepetition").asInt(), "defaults are written out");

        JsonNode retrieved = retrieveWorkflow(customer, id);
        assertCode(0, retrieved);
        assertTrue(retrieved.get("data").get("custom").asBoolean());
        assertEquals(canonical, retrieved.get("data").get("workflow"));
        assertEquals("cat", retrieved.get("data").get("workflow").get("edges").get(0).get("when").asText());
        assertTrue(projectItem(id).get("workflow").s().contains("box-cat"), "stored on the project item");
    }

    @Test
    void anInvalidWorkflowGetsCode33WithEveryProblemAndChangesNothing() {
        String id = createProject(customer, uniqueName("invalid"));
        long version = Long.parseLong(projectItem(id).get("version").n());
        String broken = CAT_THEN_BOX.replace("\"when\": \"cat\"", "\"when\": \"bird\"")
                .replace("{\"id\": \"other-done\", \"type\": \"completion\"}", "{\"id\": \"other-done\", \"type\": \"completion\"}, {\"id\": \"spare\", \"type\": \"completion\"}");
        JsonNode answer = setWorkflow(customer, id, broken);
        assertCode(33, answer);
        assertEquals("The workflow is invalid, please check every listed problem", answer.get("errorMsg").asText());
        JsonNode problems = answer.get("problems");
        assertEquals(2, problems.size(), answer.toString());
        assertTrue(problems.get(0).asText().contains("\"bird\" is not an option of node \"classify\""), answer.toString());
        assertTrue(problems.get(1).asText().contains("node \"spare\" cannot be reached"), answer.toString());
        assertEquals(problems.get(0).asText() + "; " + problems.get(1).asText(), answer.get("errorDetail").asText());

        assertFalse(retrieveWorkflow(customer, id).get("data").get("custom").asBoolean());
        assertEquals(version, Long.parseLong(projectItem(id).get("version").n()));
        assertFalse(projectItem(id).containsKey("workflow"));
    }

    @Test
    void aWorkflowThatIsNotAnObjectOrAMissingProjectIdIsCode2() {
        String id = createProject(customer, uniqueName("shape"));
        assertCode(2, setWorkflow(customer, id, "[]"));
        assertCode(2, customer.call("/api/v1/projects/setWorkflow", "{\"projectId\": \"" + id + "\"}"));
        assertCode(2, customer.call("/api/v1/projects/setWorkflow", "{\"workflow\": " + CAT_THEN_BOX + "}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveWorkflow", "{\"projectId\": \"" + id + "\", \"extra\": 1}"));
    }

    @Test
    void anotherAccountsProjectIsCode8() {
        String id = createProject(customer, uniqueName("mine"));
        assertCode(8, setWorkflow(other, id, CAT_THEN_BOX));
        assertCode(8, retrieveWorkflow(other, id));
        assertFalse(projectItem(id).containsKey("workflow"));
    }

    @Test
    void onceStartedTheWorkflowIsRefusedAsSetProjectIs() {
        String id = createProject(customer, uniqueName("started"));
        assertCode(0, submit(customer, id, "https://images.example.com/workflow-started.jpg"));
        assertCode(0, alter(customer, id, "start"));
        JsonNode setProject = customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"question\": \"other?\"}");
        JsonNode answer = setWorkflow(customer, id, CAT_THEN_BOX);
        assertCode(setProject.get("code").asInt(), answer);
        assertCode(28, answer);
        assertFalse(retrieveWorkflow(customer, id).get("data").get("custom").asBoolean(), "retrieval stays allowed");
    }

    @Test
    void repetitionOnCreateAndSetProjectIsTheDerivedWorkflowsRepetition() {
        JsonNode created = customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName("repeat") + "\", \"type\": \"image_classification\", "
                + "\"question\": \"cat or dog?\", \"taskType\": \"single_choice\", \"options\": [{\"value\": \"cat\"}, {\"value\": \"dog\"}], \"repetition\": 7}");
        assertCode(0, created);
        String id = created.get("data").get("projectId").asText();
        JsonNode task = retrieveWorkflow(customer, id).get("data").get("workflow").get("nodes").get(0);
        assertEquals(7, task.get("repetition").asInt());
        assertEquals(9, task.get("maxRepetition").asInt());

        assertCode(0, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"repetition\": 1}"));
        task = retrieveWorkflow(customer, id).get("data").get("workflow").get("nodes").get(0);
        assertEquals(1, task.get("repetition").asInt());
        assertEquals(3, task.get("maxRepetition").asInt());
        assertEquals(1, ItSupport.retrieve(customer, id).get("data").get("projectData").get("repetition").asInt());
    }

    @Test
    void aRepetitionThatIsNotAnIntegerFromOneToFifteenIsCode2() {
        String id = createProject(customer, uniqueName("bad repeat"));
        for (String value : new String[] {"\"3\"", "0", "16", "2.5", "true"}) {
            assertCode(2, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"repetition\": " + value + "}"));
        }
        assertCode(2, customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName("bad repeat") + "\", \"type\": \"image_classification\", "
                + "\"question\": \"q\", \"taskType\": \"single_choice\", \"options\": [{\"value\": \"a\"}, {\"value\": \"b\"}], \"repetition\": \"five\"}"));
        assertEquals(3, retrieveWorkflow(customer, id).get("data").get("workflow").get("nodes").get(0).get("repetition").asInt());
    }

    @Test
    void changingTheTypeUnderACustomWorkflowThatCannotRunOnItIsCode9() {
        String id = createProject(customer, uniqueName("retype"));
        assertCode(0, setWorkflow(customer, id, CAT_THEN_BOX));
        JsonNode answer = customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"type\": \"text_classification\"}");
        assertCode(9, answer);
        assertTrue(answer.get("errorDetail").asText().contains("box-cat"), answer.toString());
        assertEquals("image_classification", ItSupport.retrieve(customer, id).get("data").get("projectData").get("projectType").asText());
        assertTrue(retrieveWorkflow(customer, id).get("data").get("custom").asBoolean());
    }
}
