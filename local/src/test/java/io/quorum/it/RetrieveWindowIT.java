package io.quorum.it;

import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.createProject;
import static io.quorum.it.ItSupport.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** retrieveProject's optional startTime/endTime window. */
@ExtendWith(LocalStackExtension.class)
class RetrieveWindowIT {

    private final V1Client customer = ItSupport.newCustomer();

    @Test
    void windowCountsOnlyTheSamplesSubmittedWithinIt() throws InterruptedException {
        String id = createProject(customer, ItSupport.uniqueName("window"));
        assertCode(0, submit(customer, id, "https://images.example.com/w/1.jpg", "https://images.example.com/w/2.jpg"));
        Thread.sleep(20); // submissions are stamped in milliseconds: keep the two batches apart
        long between = System.currentTimeMillis();
        Thread.sleep(20);
        assertCode(0, submit(customer, id, "https://images.example.com/w/3.jpg"));

        assertEquals(3, counters(id, null, null).get("projectItemQuantity").asInt());
        JsonNode early = counters(id, 0L, between);
        assertEquals(2, early.get("projectItemQuantity").asInt());
        assertEquals(2, early.get("noStartQuantity").asInt());
        assertEquals(1, counters(id, between, null).get("projectItemQuantity").asInt());
        assertEquals(0, counters(id, 0L, 1L).get("projectItemQuantity").asInt());
    }

    @Test
    void startAfterEndGetsCode26AndNegativeTimesToo() {
        String id = createProject(customer, ItSupport.uniqueName("bad window"));
        JsonNode answer = customer.call("/api/v1/projects/retrieveProject",
                "{\"projectId\": \"" + id + "\", \"startTime\": 2000, \"endTime\": 1000}");
        assertCode(26, answer);
        assertEquals("Project information query failed, please check whether the retrieved parameters match", answer.get("errorMsg").asText());
        assertCode(26, customer.call("/api/v1/projects/retrieveProject", "{\"projectId\": \"" + id + "\", \"startTime\": -5}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveProject", "{\"projectId\": \"" + id + "\", \"startTime\": \"yesterday\"}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveProject", "{\"projectId\": \"" + id + "\", \"startTime\": 1.5}"));
    }

    private JsonNode counters(String id, Long start, Long end) {
        StringBuilder params = new StringBuilder("{\"projectId\": \"" + id + "\"");
        if (start != null) {
            params.append(", \"startTime\": ").append(start);
        }
        if (end != null) {
            params.append(", \"endTime\": ").append(end);
        }
        JsonNode answer = customer.call("/api/v1/projects/retrieveProject", params.append('}').toString());
        assertCode(0, answer);
        return answer.get("data").get("projectData");
    }
}
