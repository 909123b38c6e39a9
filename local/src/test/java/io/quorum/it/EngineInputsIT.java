package io.quorum.it;

import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.createProject;
import static io.quorum.it.ItSupport.retrieve;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.local.WithLocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input to the operator's approval and to retrieveResults: each gets its answer and changes nothing. */
@WithLocalStack
class EngineInputsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static V1Client customer;
    private static String projectId;

    @BeforeAll
    static void project() {
        customer = ItSupport.newCustomer();
        projectId = createProject(customer, uniqueName("inputs"));
    }

    private static HttpResponse<String> approve(String adminKey, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.baseUrl() + "/api/v1/admin/projects/approve"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (adminKey != null) {
            request.header("X-Admin-Key", adminKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String status() {
        return retrieve(customer, projectId).at("/data/projectData/projectStatus").asText();
    }

    @Test
    void approvalRefusesMissingOrWrongKeysBadBodiesUnknownProjectsAndProjectsNotUnderReview() throws Exception {
        String body = "{\"projectId\": \"" + projectId + "\"}";
        assertEquals(401, approve(null, body).statusCode());
        assertEquals(403, approve("not-the-admin-key-not-the-admin-key", body).statusCode());
        assertEquals(400, approve(Stack.adminKey(), "{}").statusCode());
        assertEquals(400, approve(Stack.adminKey(), "{\"projectId\": 7}").statusCode());
        assertEquals(400, approve(Stack.adminKey(), "{\"projectId\": \"" + projectId + "\", \"force\": true}").statusCode());
        assertEquals(400, approve(Stack.adminKey(), "not json").statusCode());
        assertEquals(404, approve(Stack.adminKey(), "{\"projectId\": \"p99999_AAAAAAAA\"}").statusCode());
        assertEquals(404, approve(Stack.adminKey(), "{\"projectId\": \"../../etc\"}").statusCode());
        HttpResponse<String> unstarted = approve(Stack.adminKey(), body);
        assertEquals(409, unstarted.statusCode(), unstarted.body());
        assertEquals("unstarted", status(), "a refused approval changes nothing");
    }

    @Test
    void retrieveResultsRefusesBadPagingAndOtherAccountsProjects() {
        String params = "{\"projectId\": \"" + projectId + "\"";
        assertCode(0, customer.call("/api/v1/projects/retrieveResults", params + "}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", params + ", \"pageSize\": 0}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", params + ", \"pageSize\": \"ten\"}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", params + ", \"pageSize\": 101}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", params + ", \"pageSize\": 2.5}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", params + ", \"cursor\": 12}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", params + ", \"cursor\": \"not a cursor!\"}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", params + ", \"filter\": \"all\"}"));
        assertCode(2, customer.call("/api/v1/projects/retrieveResults", "{}"));
        JsonNode foreign = ItSupport.newCustomer().call("/api/v1/projects/retrieveResults", params + "}");
        assertCode(8, foreign);
    }
}
