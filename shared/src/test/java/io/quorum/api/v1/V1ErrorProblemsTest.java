package io.quorum.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.api.ApiReply;
import io.quorum.api.ApiRequest;
import io.quorum.auth.RequestSigner;
import io.quorum.auth.SignType;
import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryAccountStore;
import io.quorum.testing.MutableClock;
import io.quorum.workflow.InvalidWorkflowException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refusal with several reasons lists them in the v1 error body; every other refusal is written as before. */
class V1ErrorProblemsTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final V1Gateway<UserId> gateway = V1Gateway.forCustomers(accounts, clock);

    private JsonNode answer(V1Operation operation) throws Exception {
        accounts.create(Fixtures.ownerAccount());
        byte[] body = ("{\"userId\": \"" + Fixtures.OWNER.value() + "\", \"params\": {}}").getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.millis());
        ApiRequest request = new ApiRequest(Map.of("SignType", "md5", "Timestamp", timestamp,
                "RequestSign", RequestSigner.sign(SignType.MD5, Fixtures.OWNER.value(), body, timestamp, Fixtures.OWNER_SECRET)), body);
        ApiReply reply = gateway.handle("test", request, operation);
        return Json.MAPPER.readTree(reply.body());
    }

    @Test
    void anInvalidWorkflowAnswersCode33WithEveryProblemInTheDetailAndAsAList() throws Exception {
        JsonNode body = answer((caller, params) -> {
            throw new InvalidWorkflowException(List.of("node \"a\" needs a type", "start names node \"b\", which does not exist"));
        });
        assertEquals(33, body.get("code").asInt());
        assertEquals(V1Code.WORKFLOW_INVALID.message(), body.get("errorMsg").asText());
        assertEquals("node \"a\" needs a type; start names node \"b\", which does not exist", body.get("errorDetail").asText());
        assertEquals(Json.MAPPER.valueToTree(List.of("node \"a\" needs a type", "start names node \"b\", which does not exist")),
                body.get("problems"));
    }

    @Test
    void otherRefusalsCarryNoProblemsField() throws Exception {
        JsonNode body = answer((caller, params) -> {
            throw new DomainException(Failure.PROJECT_UPDATE_REFUSED, "nothing to change");
        });
        assertEquals(9, body.get("code").asInt());
        assertFalse(body.has("problems"), body.toString());
        assertEquals(List.of("code", "errorMsg", "errorDetail", "timestamp", "userId"), fieldNames(body));
    }

    private static List<String> fieldNames(JsonNode body) {
        List<String> names = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
