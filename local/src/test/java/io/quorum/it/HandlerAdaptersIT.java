package io.quorum.it;

import static io.quorum.it.ItSupport.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.SignType;
import io.quorum.app.Quorum;
import io.quorum.functions.wiring.AwsPorts;
import io.quorum.sample.IngestQueue;
import io.quorum.functions.project.CreateProjectHandler;
import io.quorum.functions.sample.SubmitResourceHandler;
import io.quorum.local.LocalStackExtension;
import io.quorum.aws.sqs.SqsIngestQueue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Handlers invoked directly with API Gateway events, over the real emulated DynamoDB and SQS. */
@ExtendWith(LocalStackExtension.class)
class HandlerAdaptersIT {

    private final V1Client customer = ItSupport.newCustomer();

    @Test
    void base64EncodedBodyIsVerifiedAgainstItsDecodedBytes() {
        String body = customer.envelope(customer.userId(), ItSupport.classificationParams(ItSupport.uniqueName("base64 é")));
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST").withPath("/api/v1/projects").withResource("/api/v1/projects")
                .withHeaders(customer.signedHeaders(raw, SignType.MD5, System.currentTimeMillis()))
                .withBody(Base64.getEncoder().encodeToString(raw))
                .withIsBase64Encoded(true);
        APIGatewayProxyResponseEvent response = new CreateProjectHandler().handleRequest(event, null);
        assertEquals(200, response.getStatusCode());
        assertCode(0, ItSupport.parse(response.getBody()));
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("Content-Type"));
    }

    @Test
    void unavailableQueueAnswersCode1AndResubmittingTheSameUrlsFinishesTheJob() {
        String id = ItSupport.createProject(customer, ItSupport.uniqueName("queue down"));
        String url = "https://images.example.com/" + id + "/queued-later.jpg";
        String body = customer.envelope(customer.userId(), "{\"projectId\": \"" + id + "\", \"resourceType\": \"image\", \"resourceURLs\": [\"" + url + "\"]}");
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        SubmitResourceHandler withBrokenQueue = new SubmitResourceHandler(Quorum.from(new AwsPorts() {
            @Override
            public IngestQueue ingestQueue() {
                return new SqsIngestQueue(Stack.sqs(), Stack.queueUrl("IngestQueue") + "-missing");
            }
        }));
        APIGatewayProxyResponseEvent response = withBrokenQueue.handleRequest(new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST").withPath("/api/v1/projects/submitResource")
                .withHeaders(customer.signedHeaders(raw, SignType.MD5, System.currentTimeMillis()))
                .withBody(body), null);
        JsonNode failed = ItSupport.parse(response.getBody());
        assertCode(1, failed);
        assertEquals("unknown error", failed.get("errorMsg").asText());
        assertEquals(1, ItSupport.retrieve(customer, id).get("data").get("projectData").get("projectItemQuantity").asInt());

        JsonNode retried = ItSupport.submit(customer, id, url);
        assertCode(0, retried);
        assertEquals(1, retried.get("data").get("duplicateQuantity").asInt());
        assertEquals(1, ItSupport.retrieve(customer, id).get("data").get("projectData").get("projectItemQuantity").asInt());
    }
}
