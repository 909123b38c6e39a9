package io.quorum.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.UserId;
import io.quorum.api.ApiReply;
import io.quorum.api.ApiRequest;
import io.quorum.auth.RequestSigner;
import io.quorum.auth.SecretKey;
import io.quorum.auth.SignType;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import io.quorum.testing.Fixtures;
import io.quorum.testing.InMemoryAccountStore;
import io.quorum.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class V1GatewayTest {

    private static final String OWNER = Fixtures.OWNER.value();
    private static final String SPEC_BODY = "{\"userId\": \"" + OWNER + "\", \"params\": {}}";

    private final MutableClock clock = new MutableClock();
    private final InMemoryAccountStore accounts = new InMemoryAccountStore();
    private final V1Gateway<UserId> gateway = V1Gateway.forCustomers(accounts, clock);
    private final AtomicInteger calls = new AtomicInteger();

    /** An operation that counts its calls and answers the params it was given. */
    private final V1Operation echo = (caller, params) -> {
        calls.incrementAndGet();
        JsonNode data = Json.object().put("caller", caller.value()).put("name", params.optionalString("projectName").orElse(""));
        params.finish();
        return data;
    };

    @BeforeEach
    void openAccounts() {
        accounts.create(Fixtures.ownerAccount());
        accounts.create(Fixtures.otherAccount());
        clock.advance(Duration.ofMinutes(1));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private ApiRequest signed(String body) {
        return signed(body, SignType.MD5, Fixtures.OWNER_SECRET);
    }

    private ApiRequest signed(String body, SignType type, SecretKey secret) {
        return signedAs(OWNER, body.getBytes(StandardCharsets.UTF_8), type, secret, "SignType", "Timestamp", "RequestSign");
    }

    private ApiRequest signedAs(String userId, byte[] body, SignType type, SecretKey secret,
                                String signTypeHeader, String timestampHeader, String requestSignHeader) {
        String timestamp = Long.toString(clock.millis());
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(signTypeHeader, type.wireName());
        headers.put(timestampHeader, timestamp);
        headers.put(requestSignHeader, RequestSigner.sign(type, userId, body, timestamp, secret));
        return new ApiRequest(headers, body);
    }

    private static ApiRequest unsigned(byte[] body) {
        return new ApiRequest(Map.of("Content-Type", "application/json"), body);
    }

    private static JsonNode json(ApiReply reply) {
        try {
            return Json.MAPPER.readTree(reply.body());
        } catch (Exception e) {
            throw new AssertionError("reply is not JSON: " + reply.body(), e);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** Asserts the spec's error envelope with {@code code} and the table's message; returns the body. */
    private JsonNode assertError(ApiReply reply, int code, String message) {
        JsonNode body = json(reply);
        assertEquals(200, reply.httpStatus(), "v1 answers every outcome with HTTP 200");
        assertEquals(code, reply.code(), reply.body());
        assertEquals(code, body.get("code").asInt(), reply.body());
        assertEquals(message, body.get("errorMsg").asText(), "errorMsg must be the spec's message verbatim");
        assertFalse(body.has("successMsg"), reply.body());
        assertFalse(body.has("data"), reply.body());
        assertEquals(clock.millis(), body.get("timestamp").asLong());
        return body;
    }

    // ---- success -------------------------------------------------------------------------------

    @Test
    void successEnvelopeHasExactlyCodeSuccessMsgTimestampUserIdAndData() {
        ApiReply reply = gateway.handle("test", signed(SPEC_BODY), echo);

        JsonNode body = json(reply);
        assertEquals(200, reply.httpStatus());
        assertEquals(0, reply.code());
        assertEquals(Set.of("code", "successMsg", "timestamp", "userId", "data"), fieldNames(body));
        assertEquals(0, body.get("code").asInt());
        assertTrue(body.get("code").isInt());
        assertEquals("success", body.get("successMsg").asText());
        assertEquals(clock.millis(), body.get("timestamp").asLong());
        assertTrue(body.get("timestamp").isIntegralNumber());
        assertEquals(OWNER, body.get("userId").asText());
        assertEquals(OWNER, body.get("data").get("caller").asText());
        assertEquals(1, calls.get());
    }

    @Test
    void operationReceivesTheParams() {
        String body = "{\"userId\": \"" + OWNER + "\", \"params\": {\"projectName\": \"demo\"}}";
        JsonNode reply = json(gateway.handle("test", signed(body), echo));
        assertEquals(0, reply.get("code").asInt(), reply.toString());
        assertEquals("demo", reply.get("data").get("name").asText());
    }

    @Test
    void hmacSha256SignedRequestSucceeds() {
        ApiReply reply = gateway.handle("test", signed(SPEC_BODY, SignType.HMAC_SHA256, Fixtures.OWNER_SECRET), echo);
        assertEquals(0, reply.code(), reply.body());
    }

    @Test
    void headersAreMatchedWithoutRegardToCase() {
        ApiRequest request = signedAs(OWNER, SPEC_BODY.getBytes(StandardCharsets.UTF_8), SignType.MD5, Fixtures.OWNER_SECRET,
                "signtype", "timestamp", "requestsign");
        ApiReply reply = gateway.handle("test", request, echo);
        assertEquals(0, reply.code(), reply.body());
        assertEquals(1, calls.get());
    }

    @Test
    void upperCaseHeaderNamesAreMatchedToo() {
        ApiRequest request = signedAs(OWNER, SPEC_BODY.getBytes(StandardCharsets.UTF_8), SignType.MD5, Fixtures.OWNER_SECRET,
                "SIGNTYPE", "TIMESTAMP", "REQUESTSIGN");
        assertEquals(0, gateway.handle("test", request, echo).code());
    }

    @Test
    void eachCallerIsAuthenticatedAsItself() {
        String body = "{\"userId\": \"" + Fixtures.OTHER_OWNER.value() + "\", \"params\": {}}";
        ApiRequest request = signedAs(Fixtures.OTHER_OWNER.value(), body.getBytes(StandardCharsets.UTF_8), SignType.MD5,
                Fixtures.OTHER_SECRET, "SignType", "Timestamp", "RequestSign");
        JsonNode reply = json(gateway.handle("test", request, echo));
        assertEquals(0, reply.get("code").asInt(), reply.toString());
        assertEquals(Fixtures.OTHER_OWNER.value(), reply.get("data").get("caller").asText());
    }

    // ---- malformed bodies ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"userId\": ", "{'userId': 'x'}", "{\"userId\": \"a\"} trailing"})
    void nonJsonBodyAnswersCode3(String body) {
        ApiReply reply = gateway.handle("test", unsigned(body.getBytes(StandardCharsets.UTF_8)), echo);
        assertError(reply, 3, "Json parsing failed");
        assertEquals(0, calls.get());
    }

    @Test
    void emptyBodyAnswersCode3() {
        assertError(gateway.handle("test", unsigned(new byte[0]), echo), 3, "Json parsing failed");
        assertError(gateway.handle("test", new ApiRequest(Map.of(), null), echo), 3, "Json parsing failed");
        assertEquals(0, calls.get());
    }

    @Test
    void duplicateKeysAreRefusedAsUnparseable() {
        String body = "{\"userId\": \"" + OWNER + "\", \"userId\": \"" + Fixtures.OTHER_OWNER.value() + "\", \"params\": {}}";
        assertError(gateway.handle("test", signed(body), echo), 3, "Json parsing failed");
        assertEquals(0, calls.get());
    }

    @Test
    void hostileNestingIsRefusedAsUnparseableNotAsAnUnknownError() {
        String deep = "[".repeat(100) + "]".repeat(100);
        String body = "{\"userId\": \"" + OWNER + "\", \"params\": {\"x\": " + deep + "}}";
        assertError(gateway.handle("test", signed(body), echo), 3, "Json parsing failed");
        assertEquals(0, calls.get());
    }

    @Test
    void jsonArrayBodyAnswersCode2() {
        String body = "[" + SPEC_BODY + "]";
        assertError(gateway.handle("test", signed(body), echo), 2, "Parameter missing or invalid");
        assertEquals(0, calls.get());
    }

    @Test
    void bodyOverTheSizeLimitAnswersCode2WithoutCallingTheOperation() {
        StringBuilder padded = new StringBuilder("{\"userId\": \"" + OWNER + "\", \"params\": {\"projectName\": \"");
        while (padded.length() <= V1Gateway.MAX_BODY_BYTES) {
            padded.append("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        }
        padded.append("\"}}");
        byte[] body = padded.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length > V1Gateway.MAX_BODY_BYTES);

        ApiReply reply = gateway.handle("test", signedAs(OWNER, body, SignType.MD5, Fixtures.OWNER_SECRET,
                "SignType", "Timestamp", "RequestSign"), echo);

        assertError(reply, 2, "Parameter missing or invalid");
        assertEquals(0, calls.get());
    }

    @Test
    void bodyJustUnderTheSizeLimitIsServed() {
        String head = "{\"userId\": \"" + OWNER + "\", \"params\": {\"projectName\": \"";
        String tail = "\"}}";
        String body = head + "a".repeat(V1Gateway.MAX_BODY_BYTES - head.length() - tail.length()) + tail;
        assertEquals(V1Gateway.MAX_BODY_BYTES, body.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(0, gateway.handle("test", signed(body), echo).code());
    }

    // ---- the envelope --------------------------------------------------------------------------

    @Test
    void missingUserIdAnswersCode2() {
        assertError(gateway.handle("test", signed("{\"params\": {}}"), echo), 2, "Parameter missing or invalid");
        assertEquals(0, calls.get());
    }

    @Test
    void nullUserIdAnswersCode2() {
        assertError(gateway.handle("test", signed("{\"userId\": null, \"params\": {}}"), echo), 2, "Parameter missing or invalid");
    }

    @Test
    void numericUserIdAnswersCode2() {
        assertError(gateway.handle("test", signed("{\"userId\": 12345, \"params\": {}}"), echo), 2, "Parameter missing or invalid");
        assertEquals(0, calls.get());
    }

    @Test
    void unknownButWellFormedUserAnswersCode6() {
        String stranger = "U_FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
        String body = "{\"userId\": \"" + stranger + "\", \"params\": {}}";
        ApiRequest request = signedAs(stranger, body.getBytes(StandardCharsets.UTF_8), SignType.MD5, Fixtures.OWNER_SECRET,
                "SignType", "Timestamp", "RequestSign");
        JsonNode reply = assertError(gateway.handle("test", request, echo), 6, "API request user does not exist");
        assertEquals(stranger, reply.get("userId").asText());
        assertEquals(0, calls.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nobody", "U_10bf4b46dd4811ea93476c96cfdde73d", "U_10BF4B46DD4811EA93476C96CFDDE73", "../etc/passwd"})
    void malformedUserIdAnswersCode6(String userId) {
        String body = "{\"userId\": \"" + userId + "\", \"params\": {}}";
        ApiRequest request = signedAs(userId, body.getBytes(StandardCharsets.UTF_8), SignType.MD5, Fixtures.OWNER_SECRET,
                "SignType", "Timestamp", "RequestSign");
        assertError(gateway.handle("test", request, echo), 6, "API request user does not exist");
        assertEquals(0, calls.get());
    }

    @Test
    void malformedUserIdIsNeitherEchoedNorAllowedToInflateTheAnswer() {
        String hostile = "x".repeat(200_000);
        ApiReply reply = gateway.handle("test", unsigned(("{\"userId\": \"" + hostile + "\", \"params\": {}}").getBytes(StandardCharsets.UTF_8)), echo);
        JsonNode body = assertError(reply, 6, "API request user does not exist");
        assertEquals("", body.get("userId").asText());
        assertTrue(reply.body().length() < 1_000, "answer has " + reply.body().length() + " characters");
    }

    @Test
    void badSignatureAnswersCode27WithoutCallingTheOperation() {
        ApiReply reply = gateway.handle("test", signed(SPEC_BODY, SignType.MD5, Fixtures.OTHER_SECRET), echo);
        JsonNode body = assertError(reply, 27, "api key signature verification failed");
        assertEquals(OWNER, body.get("userId").asText());
        assertEquals(0, calls.get());
    }

    @Test
    void missingSignatureHeadersAnswerCode27() {
        ApiRequest request = new ApiRequest(Map.of("Content-Type", "application/json"), SPEC_BODY.getBytes(StandardCharsets.UTF_8));
        assertError(gateway.handle("test", request, echo), 27, "api key signature verification failed");
        assertEquals(0, calls.get());
    }

    @Test
    void staleTimestampIsRefusedWithCode27() {
        ApiRequest request = signed(SPEC_BODY);
        clock.advance(Duration.ofMinutes(5).plusMillis(1));
        assertError(gateway.handle("test", request, echo), 27, "api key signature verification failed");
        assertEquals(0, calls.get());
    }

    @Test
    void bodyChangedAfterSigningAnswersCode27() {
        ApiRequest original = signed(SPEC_BODY);
        byte[] tampered = SPEC_BODY.replace("{}", "{ }").getBytes(StandardCharsets.UTF_8);
        ApiRequest request = new ApiRequest(original.headers(), tampered);
        assertError(gateway.handle("test", request, echo), 27, "api key signature verification failed");
        assertEquals(0, calls.get());
    }

    @Test
    void extraTopLevelFieldAnswersCode2() {
        String body = "{\"userId\": \"" + OWNER + "\", \"params\": {}, \"projectId\": \"p1_AAAAAAAA\"}";
        JsonNode reply = assertError(gateway.handle("test", signed(body), echo), 2, "Parameter missing or invalid");
        assertTrue(reply.get("errorDetail").asText().contains("projectId"), reply.toString());
        assertEquals(0, calls.get());
    }

    @Test
    void missingParamsAnswersCode2() {
        assertError(gateway.handle("test", signed("{\"userId\": \"" + OWNER + "\"}"), echo), 2, "Parameter missing or invalid");
        assertEquals(0, calls.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"params\"", "3"})
    void paramsThatIsNotAnObjectAnswersCode2(String params) {
        String body = "{\"userId\": \"" + OWNER + "\", \"params\": " + params + "}";
        assertError(gateway.handle("test", signed(body), echo), 2, "Parameter missing or invalid");
        assertEquals(0, calls.get());
    }

    @Test
    void unknownParamRefusedByTheOperationAnswersCode2() {
        String body = "{\"userId\": \"" + OWNER + "\", \"params\": {\"projectNmae\": \"typo\"}}";
        JsonNode reply = assertError(gateway.handle("test", signed(body), echo), 2, "Parameter missing or invalid");
        assertTrue(reply.get("errorDetail").asText().contains("params.projectNmae"), reply.toString());
    }

    // ---- failures of the operation -------------------------------------------------------------

    private ApiReply failingWith(Failure failure) {
        return gateway.handle("test", signed(SPEC_BODY), (caller, params) -> {
            calls.incrementAndGet();
            throw new DomainException(failure, "detail for " + failure);
        });
    }

    @Test
    void projectNotFoundAnswersCode8() {
        JsonNode body = assertError(failingWith(Failure.PROJECT_NOT_FOUND), 8, "The project does not exist");
        assertEquals("detail for PROJECT_NOT_FOUND", body.get("errorDetail").asText());
        assertEquals(OWNER, body.get("userId").asText());
        assertEquals(1, calls.get());
    }

    @Test
    void underReviewAnswersCode13() {
        assertError(failingWith(Failure.UNDER_REVIEW), 13, "The project is under review");
    }

    @Test
    void resourceUrlTooLongAnswersCode10WithTheLinkTooLongMessage() {
        assertError(failingWith(Failure.RESOURCE_URL_TOO_LONG), 10,
                "Failed to submit the resource link, please check whether the resource link is too long");
    }

    @Test
    void noResourcesAnswersCode10WithTheNoFilesMessage() {
        assertError(failingWith(Failure.NO_RESOURCES), 10,
                "The project has not uploaded files and cannot be opened, please upload files first");
    }

    @Test
    void noValidResourcesAnswersCode11() {
        assertError(failingWith(Failure.NO_VALID_RESOURCES), 11,
                "The project has not uploaded files and cannot be opened, please upload files first");
    }

    @Test
    void projectLockedAnswersCode28() {
        assertError(failingWith(Failure.PROJECT_LOCKED_AFTER_SUBMIT), 28,
                "Projects that have been opened for delivery review cannot be modified");
    }

    @Test
    void queueUnavailableAnswersCode1() {
        assertError(failingWith(Failure.QUEUE_UNAVAILABLE), 1, "unknown error");
    }

    @Test
    void errorEnvelopeHasCodeErrorMsgDetailTimestampAndUserId() {
        JsonNode body = json(failingWith(Failure.UPLOADS_CLOSED));
        assertEquals(Set.of("code", "errorMsg", "errorDetail", "timestamp", "userId"), fieldNames(body));
        assertEquals(25, body.get("code").asInt());
        assertEquals("The current project status does not allow to upload resources", body.get("errorMsg").asText());
    }

    @Test
    void unexpectedRuntimeExceptionAnswersCode1WithoutAStackTrace() {
        ApiReply reply = gateway.handle("test", signed(SPEC_BODY), (caller, params) -> {
            calls.incrementAndGet();
            throw new IllegalStateException("boom: table quorum-projects-secret is unreachable");
        });

        JsonNode body = assertError(reply, 1, "unknown error");
        assertEquals(1, calls.get());
        assertFalse(reply.body().contains("boom"), reply.body());
        assertFalse(reply.body().contains("quorum-projects-secret"), reply.body());
        assertFalse(reply.body().contains("IllegalStateException"), reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("io.quorum"), reply.body());
        assertFalse(reply.body().contains("\tat "), reply.body());
        assertEquals(Set.of("code", "errorMsg", "errorDetail", "timestamp", "userId"), fieldNames(body));
    }

    @Test
    void errorTimestampFollowsTheClock() {
        clock.set(MutableClock.SPEC_EXAMPLE_TIME.plusSeconds(3600));
        // Re-sign at the new time so that only the operation fails.
        JsonNode body = json(failingWith(Failure.ALREADY_RUNNING));
        assertEquals(14, body.get("code").asInt());
        assertEquals(MutableClock.SPEC_EXAMPLE_TIME.plusSeconds(3600).toEpochMilli(), body.get("timestamp").asLong());
    }
}
