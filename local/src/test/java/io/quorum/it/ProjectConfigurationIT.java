package io.quorum.it;

import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.createProject;
import static io.quorum.it.ItSupport.retrieve;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.LocalStackExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Creating and changing projects: every type and task type, every refusal, and account isolation. */
@ExtendWith(LocalStackExtension.class)
class ProjectConfigurationIT {

    private static V1Client customer;
    private static V1Client other;

    @BeforeAll
    static void accounts() {
        customer = ItSupport.newCustomer();
        other = ItSupport.newCustomer();
    }

    @Test
    void everyTypeAndTaskTypeCombinationOfTheSpecsTableIsAccepted() {
        for (String type : new String[] {"image_classification", "text_classification"}) {
            for (String taskType : new String[] {"single_choice", "multiple_choice"}) {
                assertCode(0, customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName(type) + "\", \"type\": \"" + type
                        + "\", \"question\": \"which?\", \"taskType\": \"" + taskType + "\", \"options\": [{\"value\": \"a\"}, {\"value\": \"b\"}]}"));
            }
        }
        for (String type : new String[] {"image_rectangle_frame_select", "image_stroke"}) {
            for (String taskType : new String[] {"rectangle_frame_select", "free_point", "stroke", "cube_circle"}) {
                JsonNode answer = customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName(type) + "\", \"type\": \"" + type
                        + "\", \"instruction\": \"mark each one\", \"objectMarked\": \"car\", \"taskType\": \"" + taskType + "\"}");
                assertCode(0, answer);
                assertEquals("car", answer.get("data").get("extra").get("objectMarked").asText());
            }
        }
    }

    @Test
    void invalidConfigurationsGetCode7WithEveryProblemListed() {
        JsonNode mismatch = customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName("mismatch")
                + "\", \"type\": \"image_classification\", \"taskType\": \"stroke\"}");
        assertCode(7, mismatch);
        String detail = mismatch.get("errorDetail").asText();
        assertTrue(detail.contains("does not fit") && detail.contains("question is required") && detail.contains("options"), detail);

        assertCode(7, customer.call("/api/v1/projects", "{\"projectName\": \"x\", \"type\": \"video_classification\", \"taskType\": \"single_choice\"}"));
        assertCode(7, customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName("no object")
                + "\", \"type\": \"image_stroke\", \"taskType\": \"stroke\"}"));
        assertCode(7, customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName("one option")
                + "\", \"type\": \"text_classification\", \"question\": \"q\", \"taskType\": \"single_choice\", \"options\": [{\"value\": \"only\"}]}"));
        assertCode(7, customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName("dup option")
                + "\", \"type\": \"text_classification\", \"question\": \"q\", \"taskType\": \"single_choice\", \"options\": [{\"value\": \"a\"}, {\"value\": \"a\"}]}"));
        assertCode(7, customer.call("/api/v1/projects", "{\"projectName\": \"   \", \"type\": \"text_classification\", \"question\": \"q\", "
                + "\"taskType\": \"single_choice\", \"options\": [{\"value\": \"a\"}, {\"value\": \"b\"}]}"));
    }

    @Test
    void missingExtraAndWrongTypedParamsGetCode2() {
        assertCode(2, customer.call("/api/v1/projects", "{\"type\": \"image_classification\", \"taskType\": \"single_choice\"}"));
        JsonNode extra = customer.call("/api/v1/projects", "{\"projectName\": \"" + uniqueName("extra") + "\", \"type\": \"text_classification\", "
                + "\"question\": \"q\", \"taskType\": \"single_choice\", \"options\": [{\"value\": \"a\"}, {\"value\": \"b\"}], \"priority\": 1}");
        assertCode(2, extra);
        assertTrue(extra.get("errorDetail").asText().contains("params.priority"), extra.toString());
        assertCode(2, customer.call("/api/v1/projects", "{\"projectName\": [\"x\"], \"type\": \"text_classification\", \"taskType\": \"single_choice\"}"));
        assertCode(2, customer.call("/api/v1/projects", "{\"projectName\": \"x\", \"type\": \"text_classification\", \"taskType\": \"single_choice\", "
                + "\"question\": \"q\", \"options\": [\"a\", \"b\"]}"));
        JsonNode optionField = customer.call("/api/v1/projects", "{\"projectName\": \"x\", \"type\": \"text_classification\", "
                + "\"taskType\": \"single_choice\", \"question\": \"q\", \"options\": [{\"value\": \"a\"}, {\"label\": \"b\"}]}");
        assertCode(2, optionField);
        assertTrue(optionField.get("errorDetail").asText().contains("params.options[1]"), optionField.toString());
    }

    @Test
    void projectNamesAreUniquePerAccountOnly() {
        String name = uniqueName("shared name");
        createProject(customer, name);
        JsonNode taken = customer.call("/api/v1/projects", ItSupport.classificationParams(name));
        assertCode(7, taken);
        assertTrue(taken.get("errorDetail").asText().contains("already used"), taken.toString());
        createProject(other, name);
    }

    @Test
    void projectIdsCountUpPerAccount() {
        V1Client fresh = ItSupport.newCustomer();
        assertTrue(createProject(fresh, "first").startsWith("p1_"));
        assertTrue(createProject(fresh, "second").startsWith("p2_"));
    }

    @Test
    void setProjectMergesTheFieldsItIsGiven() {
        String id = createProject(customer, uniqueName("merge"));
        JsonNode answer = customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"question\": \"dog or cat?\"}");
        assertCode(0, answer);
        assertEquals("dog or cat?", answer.get("data").get("qiestion").asText());
        assertEquals("look closely", answer.get("data").get("instruction").asText());
        assertEquals(2, answer.get("data").get("extra").get("options").size());
    }

    @Test
    void invalidUpdatesGetCode9AndChangeNothing() {
        String id = createProject(customer, uniqueName("bad update"));
        assertCode(9, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"taskType\": \"stroke\"}"));
        assertCode(9, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\"}"));
        String taken = uniqueName("taken");
        createProject(customer, taken);
        assertCode(9, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"projectName\": \"" + taken + "\"}"));
        assertCode(2, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"options\": \"a,b\"}"));
        assertCode(2, customer.call("/api/v1/projects/setProject", "{\"instruction\": \"no id\"}"));
        JsonNode projectData = retrieve(customer, id).get("data").get("projectData");
        assertEquals("single_choice", projectData.get("taskType").asText());
        assertEquals("look closely", projectData.get("projectInstruction").asText());
    }

    @Test
    void setProjectSwitchesBetweenClassificationAndFrameSelectionWithTheSpecsFields() {
        String id = createProject(customer, uniqueName("switch kind"));
        JsonNode toStroke = customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id
                + "\", \"type\": \"image_stroke\", \"taskType\": \"stroke\", \"objectMarked\": \"tail\"}");
        assertCode(0, toStroke);
        assertEquals("tail", toStroke.get("data").get("extra").get("objectMarked").asText());
        JsonNode back = customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"projectName\": \"" + uniqueName("back")
                + "\", \"type\": \"image_classification\", \"instruction\": \"again\", \"question\": \"dog or pig in picture\", "
                + "\"taskType\": \"single_choice\", \"options\": [{\"value\": \"dog\"}, {\"value\": \"pig\"}]}");
        assertCode(0, back);
        assertEquals(2, back.get("data").get("extra").get("options").size());
    }

    @Test
    void typeThatCannotLabelTheUploadedResourcesIsRefusedWithCode9() {
        String id = createProject(customer, uniqueName("typed"));
        assertCode(0, ItSupport.submit(customer, id, "https://images.example.com/typed.jpg"));
        assertCode(9, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"type\": \"text_classification\"}"));
        assertEquals("image_classification", retrieve(customer, id).get("data").get("projectData").get("projectType").asText());
    }

    @Test
    void renameFreesTheOldName() {
        String before = uniqueName("before");
        String id = createProject(customer, before);
        assertCode(0, customer.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"projectName\": \"" + uniqueName("after") + "\"}"));
        createProject(customer, before);
    }

    @Test
    void anotherAccountsProjectIsAnsweredExactlyLikeAMissingOneAndStaysUnchanged() {
        String id = createProject(customer, uniqueName("private"));
        JsonNode missing = other.call("/api/v1/projects/retrieveProject", "{\"projectId\": \"p999_AAAAAAAA\"}");
        JsonNode foreign = other.call("/api/v1/projects/retrieveProject", "{\"projectId\": \"" + id + "\"}");
        assertCode(8, missing);
        assertCode(8, foreign);
        assertEquals(missing.get("errorMsg"), foreign.get("errorMsg"));
        assertEquals(missing.get("errorDetail"), foreign.get("errorDetail"));
        assertCode(8, other.call("/api/v1/projects/setProject", "{\"projectId\": \"" + id + "\", \"instruction\": \"mine now\"}"));
        assertCode(8, ItSupport.submit(other, id, "https://images.example.com/a.jpg"));
        assertCode(8, ItSupport.alter(other, id, "delete"));
        assertCode(8, ItSupport.alter(other, id, "start"));
        JsonNode projectData = retrieve(customer, id).get("data").get("projectData");
        assertEquals("look closely", projectData.get("projectInstruction").asText());
        assertEquals(0, projectData.get("projectItemQuantity").asInt());
        assertEquals("unstarted", projectData.get("projectStatus").asText());
    }

    @Test
    void malformedProjectIdGetsCode8() {
        assertCode(8, customer.call("/api/v1/projects/retrieveProject", "{\"projectId\": \"../../etc/passwd\"}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveProject", "{\"projectId\": 272}"));
    }

    @Test
    void trailingSlashCreateFromTheSpecWorksAndOtherPathsGetCode4() {
        JsonNode created = customer.post("/api/v1/projects/",
                customer.envelope(customer.userId(), ItSupport.classificationParams(uniqueName("slash"))));
        assertCode(0, created);
        JsonNode unknown = customer.call("/api/v1/projects/list", "{}");
        assertCode(4, unknown);
        assertEquals("Api request url is invalid", unknown.get("errorMsg").asText());
    }
}
