package io.quorum.it;

import static io.quorum.it.ItSupport.alter;
import static io.quorum.it.ItSupport.assertCode;
import static io.quorum.it.ItSupport.parse;
import static io.quorum.it.ItSupport.retrieve;
import static io.quorum.it.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.SignType;
import io.quorum.local.LocalStack;
import io.quorum.local.WithLocalStack;
import io.quorum.local.crowd.DemoImage;
import io.quorum.local.crowd.DemoImages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worker API over real signed HTTP on a running project: every bad input gets its code and changes
 * nothing, a lease that runs out puts the micro-task back, and a token works only for its own worker.
 */
@WithLocalStack
class WorkerApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String[] PIPELINE = {"UploadTriggerFunction", "DispatchConsumerFunction", "TallyConsumerFunction"};

    private static V1Client customer;
    private static String projectId;

    @BeforeAll
    static void runningProjectWithOneImage() throws Exception {
        LocalStack stack = io.quorum.local.LocalStackExtension.stack();
        customer = ItSupport.newCustomer();
        JsonNode created = customer.call("/api/v1/projects", ItSupport.classificationParams(uniqueName("worker api")));
        assertCode(0, created);
        projectId = created.at("/data/projectId").asText();
        DemoImage image = new DemoImages(77, List.of("cat", "dog")).image(0);
        JsonNode urls = customer.call("/api/v1/projects/requestUploadUrls", "{\"projectId\": \"" + projectId
                + "\", \"files\": [{\"name\": \"" + image.fileName() + "\", \"contentType\": \"image/png\"}]}");
        assertCode(0, urls);
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(urls.at("/data/uploads/0/uploadURL").asText()))
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(image.png())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
        stack.awaitIdle(Duration.ofSeconds(60), PIPELINE);
        assertCode(0, alter(customer, projectId, "start"));
        HttpResponse<String> approved = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/admin/projects/approve"))
                .header("X-Admin-Key", stack.adminKey()).POST(HttpRequest.BodyPublishers.ofString("{\"projectId\": \"" + projectId + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, approved.statusCode(), approved.body());
        stack.awaitIdle(Duration.ofSeconds(60), PIPELINE);
    }

    private static V1Client newWorker(LocalStack stack) throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(stack.baseUrl() + "/api/v1/admin/workers"))
                .header("X-Admin-Key", stack.adminKey()).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JsonNode worker = parse(created.body());
        return new V1Client(stack.baseUrl(), worker.get("workerId").asText(), worker.get("secretKey").asText());
    }

    private static JsonNode claim(V1Client worker, String extra) {
        return worker.call("/api/v1/worker/claim", "{\"projectId\": \"" + projectId + "\"" + extra + "}");
    }

    private static String submitParams(String token, String answer) {
        return "{\"taskToken\": \"" + token + "\", \"answer\": " + answer + "}";
    }

    private static int answered() {
        JsonNode data = retrieve(customer, projectId).at("/data/projectData");
        return data.get("completedQuantity").asInt();
    }

    @Test
    void badClaimsAndSubmitsGetTheirCodesAndChangeNothing(LocalStack stack) throws Exception {
        V1Client worker = newWorker(stack);
        assertCode(2, claim(worker, ", \"leaseSeconds\": \"ten\""));
        assertCode(2, claim(worker, ", \"leaseSeconds\": 0"));
        assertCode(2, claim(worker, ", \"colour\": \"blue\""));
        assertCode(3, V1Client.json(worker.send("/api/v1/worker/claim", "{not json".getBytes(StandardCharsets.UTF_8),
                worker.signedHeaders("{not json".getBytes(StandardCharsets.UTF_8), SignType.MD5, System.currentTimeMillis()))));
        byte[] body = worker.envelope(worker.userId(), "{}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> stale = worker.signedHeaders(body, SignType.MD5, System.currentTimeMillis() - Duration.ofMinutes(6).toMillis());
        assertCode(27, V1Client.json(worker.send("/api/v1/worker/claim", body, stale)));
        V1Client impostor = new V1Client(stack.baseUrl(), worker.userId(), "live_wrongwrongwrongwrongwrongwrong00");
        assertCode(27, impostor.call("/api/v1/worker/claim", "{}"));
        // a customer's credentials are no worker's
        assertCode(6, customer.call("/api/v1/worker/claim", "{}"));

        JsonNode task = claim(worker, ", \"leaseSeconds\": 120");
        assertCode(0, task);
        String token = task.at("/data/taskToken").asText();
        assertTrue(task.at("/data/resourceURL").asText().startsWith("http"), task.toString());
        assertTrue(task.at("/data/imageWidth").asInt() > 0, task.toString());
        assertCode(32, worker.call("/api/v1/worker/submit", submitParams(token, "{\"choice\": \"horse\"}")));
        assertCode(32, worker.call("/api/v1/worker/submit", submitParams(token, "{\"choices\": [\"cat\"]}")));
        assertCode(32, worker.call("/api/v1/worker/submit", submitParams(token, "{\"choice\": \"cat\", \"sure\": true}")));
        assertCode(32, worker.call("/api/v1/worker/submit", submitParams(token, "\"cat\"")));
        assertCode(2, worker.call("/api/v1/worker/submit", "{\"taskToken\": \"" + token + "\"}"));
        assertCode(30, worker.call("/api/v1/worker/submit", submitParams("not-a-token", "{\"choice\": \"cat\"}")));
        assertCode(30, worker.call("/api/v1/worker/submit", submitParams(token.substring(0, token.length() - 2) + "xx", "{\"choice\": \"cat\"}")));

        V1Client other = newWorker(stack);
        assertCode(30, other.call("/api/v1/worker/submit", submitParams(token, "{\"choice\": \"cat\"}")));
        assertCode(30, other.call("/api/v1/worker/release", "{\"taskToken\": \"" + token + "\"}"));

        JsonNode accepted = worker.call("/api/v1/worker/submit", submitParams(token, "{\"choice\": \"cat\"}"));
        assertCode(0, accepted);
        assertEquals(false, accepted.at("/data/duplicate").asBoolean());
        JsonNode again = worker.call("/api/v1/worker/submit", submitParams(token, "{\"choice\": \"cat\"}"));
        assertCode(0, again);
        assertEquals(true, again.at("/data/duplicate").asBoolean(), "a second submit of the same token counts once");
        assertCode(29, claim(worker, ""));
    }

    @Test
    void anExpiredLeaseIsRefusedAndItsMicroTaskGoesBackOnTheQueue(LocalStack stack) throws Exception {
        V1Client slow = newWorker(stack);
        JsonNode expiring = claim(slow, ", \"leaseSeconds\": 1");
        assertCode(0, expiring);
        // Every other micro-task of the project goes to a worker who keeps it, so only the expiring one can come back.
        List<V1Client> holders = new java.util.ArrayList<>();
        List<String> held = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            V1Client holder = newWorker(stack);
            JsonNode claimed = claim(holder, ", \"leaseSeconds\": 300");
            if (claimed.get("code").asInt() == 29) {
                break;
            }
            assertCode(0, claimed);
            holders.add(holder);
            held.add(claimed.at("/data/taskToken").asText());
        }
        Thread.sleep(1_500);
        assertCode(31, slow.call("/api/v1/worker/submit", submitParams(expiring.at("/data/taskToken").asText(), "{\"choice\": \"cat\"}")));

        V1Client next = newWorker(stack);
        JsonNode again = claim(next, "");
        for (int attempt = 0; attempt < 20 && again.get("code").asInt() == 29; attempt++) {
            Thread.sleep(250);
            again = claim(next, "");
        }
        assertCode(0, again);
        assertEquals(expiring.at("/data/sampleId").asText(), again.at("/data/sampleId").asText());
        assertNotEquals(expiring.at("/data/taskToken").asText(), again.at("/data/taskToken").asText());
        assertCode(0, next.call("/api/v1/worker/release", "{\"taskToken\": \"" + again.at("/data/taskToken").asText() + "\"}"));
        assertCode(30, next.call("/api/v1/worker/submit", submitParams(again.at("/data/taskToken").asText(), "{\"choice\": \"cat\"}")));
        for (int i = 0; i < holders.size(); i++) {
            assertCode(0, holders.get(i).call("/api/v1/worker/release", "{\"taskToken\": \"" + held.get(i) + "\"}"));
        }
        assertEquals(0, answered(), "refused and released answers decide nothing");
    }
}
