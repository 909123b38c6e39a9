package io.quorum.it;

import static io.quorum.it.ItSupport.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.LocalStackExtension;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The spec's own examples, with its sample credentials and its bodies byte for byte as its Python
 * clients send them (json.dumps spacing), answered with the documented keys.
 */
@ExtendWith(LocalStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SpecExamplesIT {

    private static final String USER = "U_10BF4B46DD4811EA93476C96CFDDE73D";
    private static String projectId;

    private final V1Client client = ItSupport.demo();

    @Test
    @Order(1)
    void createExampleFromTheSpecAnswersTheDocumentedKeys() {
        long before = System.currentTimeMillis();
        JsonNode answer = client.post("/api/v1/projects/", "{\"userId\": \"" + USER + "\", \"params\": {\"projectName\": \"api test project\", "
                + "\"type\": \"image_classification\", \"instruction\": \"demo for test\", \"question\": \"Is the creature in the picture a cat or a dog\", "
                + "\"taskType\": \"single_choice\", \"options\": [{\"value\": \"cat\"}, {\"value\": \"dog\"}, {\"value\": \"unknown\"}]}}");
        assertCode(0, answer);
        assertEquals("success", answer.get("successMsg").asText());
        assertEquals(USER, answer.get("userId").asText());
        assertTrue(answer.get("timestamp").asLong() >= before, answer.toString());
        assertEquals(List.of("code", "successMsg", "timestamp", "userId", "data"), fieldNames(answer));
        JsonNode data = answer.get("data");
        projectId = data.get("projectId").asText();
        assertTrue(projectId.matches("p[0-9]+_[A-Za-z0-9]{8}"), projectId);
        assertEquals("image_classification", data.get("type").asText());
        assertEquals("api test project", data.get("name").asText());
        assertEquals("single_choice", data.get("taskType").asText());
        assertEquals("demo for test", data.get("instruction").asText());
        assertEquals("Is the creature in the picture a cat or a dog", data.get("qiestion").asText());
        assertEquals("Is the creature in the picture a cat or a dog", data.get("question").asText());
        assertEquals("[{\"value\":\"cat\"},{\"value\":\"dog\"},{\"value\":\"unknown\"}]", data.get("extra").get("options").toString());
        assertTrue(Math.abs(data.get("created").asLong() - before / 1000) <= 5, data.toString());
    }

    @Test
    @Order(2)
    void updateExampleWithTheSpecsOwnProjectIdIsAnsweredAsMissing() {
        JsonNode answer = client.post("/api/v1/projects/setProject", updateBody("p272_TJMngfdY"));
        assertCode(8, answer);
        assertEquals("The project does not exist", answer.get("errorMsg").asText());
    }

    @Test
    @Order(3)
    void updateExampleChangesTheProjectAndShowsStatusZero() {
        JsonNode answer = client.post("/api/v1/projects/setProject", updateBody(projectId));
        assertCode(0, answer);
        JsonNode data = answer.get("data");
        assertEquals(projectId, data.get("projectId").asText());
        assertEquals("first change for demo", data.get("name").asText());
        assertEquals("change it for demo ok?", data.get("instruction").asText());
        assertEquals("dog or pig in picture", data.get("qiestion").asText());
        assertEquals("[{\"value\":\"dog\"},{\"value\":\"pig\"},{\"value\":\"unknown\"}]", data.get("extra").get("options").toString());
        assertEquals(0, data.get("projectStatus").asInt());
        assertTrue(data.get("created").isIntegralNumber());
    }

    @Test
    @Order(4)
    void retrieveExampleShowsEveryDocumentedCounter() {
        JsonNode answer = client.post("/api/v1/projects/retrieveProject",
                "{\"userId\": \"" + USER + "\", \"params\": {\"projectId\": \"" + projectId + "\"}}");
        assertCode(0, answer);
        JsonNode projectData = answer.get("data").get("projectData");
        assertEquals("first change for demo", projectData.get("projectName").asText());
        assertEquals("change it for demo ok?", projectData.get("projectInstruction").asText());
        assertEquals("dog or pig in picture", projectData.get("question").asText());
        assertEquals("image_classification", projectData.get("projectType").asText());
        assertEquals("single_choice", projectData.get("taskType").asText());
        assertEquals("unstarted", projectData.get("projectStatus").asText());
        for (String counter : List.of("projectItemQuantity", "processingQuantity", "completedQuantity", "noStartQuantity",
                "successQuantity", "failedQuantity", "outputQuantity")) {
            assertEquals(0, projectData.get(counter).asLong(), counter);
        }
        assertEquals(0.0, projectData.get("amountSpent").asDouble());
        assertEquals(3, projectData.get("options").size());
        JsonNode extraInfo = answer.get("data").get("extraInfo");
        assertEquals(0, extraInfo.get("downloadableResultNum").asInt());
        assertEquals("", extraInfo.get("downloadResultURL").asText());
    }

    @Test
    @Order(5)
    void submitResourceExampleAnswersResourceDtaAndResourceData() {
        List<String> urls = List.of("https://d301.paixin.com/thumbs/1092213/119132616/staff_1024.jpg",
                "https://d301.paixin.com/thumbs/1902695/106230432/staff_1024.jpg");
        JsonNode answer = client.post("/api/v1/projects/submitResource", "{\"userId\": \"" + USER + "\", \"params\": {\"projectId\": \""
                + projectId + "\", \"resourceType\": \"image\", \"resourceURLs\": [\"" + urls.get(0) + "\", \"" + urls.get(1) + "\"]}}");
        assertCode(0, answer);
        JsonNode data = answer.get("data");
        assertEquals(projectId, data.get("projectId").asText());
        assertEquals("image", data.get("resourceType").asText());
        assertEquals(urls, List.of(data.get("resourceDta").get(0).asText(), data.get("resourceDta").get(1).asText()));
        assertEquals(data.get("resourceDta"), data.get("resourceData"));
        assertTrue(data.get("created").isIntegralNumber());
    }

    @Test
    @Order(6)
    void alterStateExampleStartsTheProjectAndAStartAgainGetsTheSpecsError() {
        String body = "{\"userId\": \"" + USER + "\", \"params\": {\"type\": \"start\", \"projectId\": \"" + projectId + "\"}}";
        JsonNode started = client.post("/api/v1/projects/alterState", body);
        assertCode(0, started);
        assertEquals("start", started.get("data").get("alterType").asText());
        assertEquals(projectId, started.get("data").get("projectId").asText());

        JsonNode again = client.post("/api/v1/projects/alterState", body);
        assertCode(13, again);
        assertEquals("The project is under review", again.get("errorMsg").asText());
        assertEquals(USER, again.get("userId").asText());
        assertFalse(again.has("data"));

        JsonNode projectData = ItSupport.retrieve(client, projectId).get("data").get("projectData");
        assertEquals("checking", projectData.get("projectStatus").asText());
        assertEquals(2, projectData.get("projectItemQuantity").asInt());
        assertEquals(2, projectData.get("noStartQuantity").asInt());
    }

    private static String updateBody(String id) {
        return "{\"userId\": \"" + USER + "\", \"params\": {\"projectId\": \"" + id + "\", \"projectName\": \"first change for demo\", "
                + "\"type\": \"image_classification\", \"instruction\": \"change it for demo ok?\", \"question\": \"dog or pig in picture\", "
                + "\"taskType\": \"single_choice\", \"options\": [{\"value\": \"dog\"}, {\"value\": \"pig\"}, {\"value\": \"unknown\"}]}}";
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
