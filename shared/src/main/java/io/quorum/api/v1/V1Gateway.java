package io.quorum.api.v1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.api.ApiReply;
import io.quorum.api.ApiRequest;
import io.quorum.api.RequestBodies;
import io.quorum.auth.Account;
import io.quorum.auth.AccountStore;
import io.quorum.auth.SecretKey;
import io.quorum.auth.SignatureVerifier;
import io.quorum.auth.SignedHeaders;
import io.quorum.auth.UserId;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import io.quorum.time.Clock;
import io.quorum.worker.WorkerId;
import io.quorum.worker.WorkerStore;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The v1 request pipeline every endpoint shares: size limit, JSON, the {@code userId}/{@code params}
 * envelope, the account, the signature over the raw bytes, then the operation; every outcome is
 * written as the spec's envelope with HTTP 200. Nothing is written before the caller is authenticated
 * and the params are fully read.
 */
public final class V1Gateway<C> {

    /** Bodies above this size are refused unread (code 2): 99 URLs of 2,048 characters fit well inside. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(V1Gateway.class);
    private static final Set<String> ENVELOPE_FIELDS = Set.of("userId", "params");

    private final CallerDirectory<C> callers;
    private final SignatureVerifier verifier;
    private final Clock clock;

    /** Who may sign requests, and with which secret: customers (v1) or workers (worker API). */
    public interface CallerDirectory<C> {

        /** The caller with this id and its signing secret, when the id is well formed and known. */
        Optional<Known<C>> find(String claimedId);
    }

    /** A caller the directory knows, with the secret its requests are signed with. */
    public record Known<C>(C caller, SecretKey secretKey) {
    }

    /** One endpoint's work once the caller is authenticated. */
    @FunctionalInterface
    public interface Operation<C> {
        JsonNode execute(C caller, Params params);
    }

    private V1Gateway(CallerDirectory<C> callers, Clock clock) {
        this.callers = callers;
        this.verifier = new SignatureVerifier(clock);
        this.clock = clock;
    }

    /** The customers' gateway: the v1 API. */
    public static V1Gateway<UserId> forCustomers(AccountStore accounts, Clock clock) {
        return new V1Gateway<>(claimedId -> Optional.of(claimedId).filter(UserId::isWellFormed).map(UserId::new)
                .flatMap(accounts::find).map(account -> new Known<>(account.userId(), account.secretKey())), clock);
    }

    /** Any other signed caller, e.g. workers. */
    /** Workers sign the worker API exactly as customers sign v1, with their worker id and secret. */
    public static V1Gateway<WorkerId> forWorkers(WorkerStore workers, Clock clock) {
        return new V1Gateway<>(claimedId -> WorkerId.isWellFormed(claimedId)
                ? workers.find(new WorkerId(claimedId)).map(worker -> new Known<>(worker.id(), worker.secretKey()))
                : Optional.empty(), clock);
    }

    public static <C> V1Gateway<C> forCallers(CallerDirectory<C> callers, Clock clock) {
        return new V1Gateway<>(callers, clock);
    }

    public ApiReply handle(String operationName, ApiRequest request, Operation<C> operation) {
        long started = System.nanoTime();
        String claimedUserId = "";
        ApiReply reply;
        try {
            ObjectNode envelope = parse(request.body());
            String claimed = claimedUserId(envelope);
            // Only a well-formed id is echoed and logged: anything else is unbounded, unauthenticated input.
            claimedUserId = UserId.isWellFormed(claimed) ? claimed : "";
            C caller = authenticate(claimed, request);
            Params params = paramsOf(envelope);
            reply = success(claimedUserId, operation.execute(caller, params));
        } catch (DomainException refused) {
            reply = failure(claimedUserId, V1Code.of(refused.failure()), refused.detail(), refused.problems());
        } catch (RuntimeException unexpected) {
            LOG.error("v1 operation {} failed unexpectedly", operationName, unexpected);
            reply = failure(claimedUserId, V1Code.UNKNOWN_ERROR, "the request could not be completed; it is safe to retry", List.of());
        }
        LOG.atInfo()
                .addKeyValue("operation", operationName)
                .addKeyValue("userId", claimedUserId)
                .addKeyValue("code", reply.code())
                .addKeyValue("millis", (System.nanoTime() - started) / 1_000_000)
                .log("v1 request");
        return reply;
    }

    private static ObjectNode parse(byte[] body) {
        JsonNode root = RequestBodies.parse(body, MAX_BODY_BYTES);
        if (!root.isObject()) {
            throw DomainException.invalidParameter("the request body must be a JSON object with userId and params");
        }
        return (ObjectNode) root;
    }

    private static String claimedUserId(ObjectNode envelope) {
        JsonNode userId = envelope.get("userId");
        if (userId == null || userId.isNull()) {
            throw DomainException.invalidParameter("userId is required");
        }
        if (!userId.isTextual()) {
            throw DomainException.invalidParameter("userId must be a string");
        }
        return userId.textValue();
    }

    private C authenticate(String claimedUserId, ApiRequest request) {
        Known<C> known = callers.find(claimedUserId)
                .orElseThrow(() -> new DomainException(Failure.UNKNOWN_USER, "no account has this userId"));
        verifier.verify(claimedUserId, known.secretKey(), new SignedHeaders(
                request.header("SignType"), request.header("Timestamp"), request.header("RequestSign")), request.body());
        return known.caller();
    }

    private static Params paramsOf(ObjectNode envelope) {
        Iterator<String> names = envelope.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!ENVELOPE_FIELDS.contains(name)) {
                throw DomainException.invalidParameter(name + " is not a known field; the body holds userId and params");
            }
        }
        JsonNode params = envelope.get("params");
        if (params == null || params.isNull()) {
            throw DomainException.invalidParameter("params is required");
        }
        if (!params.isObject()) {
            throw DomainException.invalidParameter("params must be an object");
        }
        return Params.of((ObjectNode) params);
    }

    private ApiReply success(String userId, JsonNode data) {
        ObjectNode body = Json.object();
        body.put("code", V1Code.SUCCESS.code());
        body.put("successMsg", V1Code.SUCCESS.message());
        body.put("timestamp", clock.now().toEpochMilli());
        body.put("userId", userId);
        body.set("data", data);
        return new ApiReply(200, body.toString(), V1Code.SUCCESS.code());
    }

    private ApiReply failure(String userId, V1Code code, String detail, List<String> problems) {
        return new ApiReply(200, errorBody(code, detail, problems, userId, clock.now().toEpochMilli()), code.code());
    }

    /** The error envelope: the spec's code and message verbatim, and our detail beside them. */
    public static String errorBody(V1Code code, String detail, String userId, long timestampMillis) {
        return errorBody(code, detail, List.of(), userId, timestampMillis);
    }

    /**
     * The error envelope; a refusal with several reasons (e.g. an invalid workflow) also lists each
     * one in {@code problems}, so clients need not split the detail.
     */
    public static String errorBody(V1Code code, String detail, List<String> problems, String userId, long timestampMillis) {
        ObjectNode body = Json.object();
        body.put("code", code.code());
        body.put("errorMsg", code.message());
        body.put("errorDetail", detail);
        if (!problems.isEmpty()) {
            ArrayNode list = body.putArray("problems");
            problems.forEach(list::add);
        }
        body.put("timestamp", timestampMillis);
        body.put("userId", userId == null ? "" : userId);
        return body.toString();
    }
}
