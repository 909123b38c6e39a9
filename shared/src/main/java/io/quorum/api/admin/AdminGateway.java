package io.quorum.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quorum.api.ApiReply;
import io.quorum.api.ApiRequest;
import io.quorum.api.RequestBodies;
import io.quorum.api.v1.Params;
import io.quorum.auth.AdminKey;
import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.json.Json;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator endpoints' pipeline: the {@code X-Admin-Key} header first, then a small JSON body read
 * strictly. Answers are plain JSON with meaningful HTTP statuses (these endpoints are ours, not the
 * spec's): 2xx with the result, or {@code {"error", "message"}} with 400, 401, 403, 409, 413 or 500.
 */
public final class AdminGateway {

    public static final int MAX_BODY_BYTES = 16 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(AdminGateway.class);

    private final AdminKey adminKey;

    public AdminGateway(AdminKey adminKey) {
        this.adminKey = adminKey;
    }

    public ApiReply handle(String operationName, int successStatus, ApiRequest request, AdminOperation operation) {
        ApiReply reply;
        try {
            adminKey.check(request.header("X-Admin-Key"));
            reply = new ApiReply(successStatus, operation.execute(Params.of(parse(request.body()), "body")).toString(), 0);
        } catch (DomainException refused) {
            reply = error(status(refused.failure()), refused.failure(), refused.detail());
        } catch (RuntimeException unexpected) {
            LOG.error("admin operation {} failed unexpectedly", operationName, unexpected);
            reply = error(500, Failure.INTERNAL, "the request could not be completed; it is safe to retry");
        }
        LOG.atInfo().addKeyValue("operation", operationName).addKeyValue("status", reply.httpStatus()).log("admin request");
        return reply;
    }

    private static ObjectNode parse(byte[] body) {
        JsonNode root = RequestBodies.parse(body, MAX_BODY_BYTES);
        if (!root.isObject()) {
            throw new DomainException(Failure.MALFORMED_JSON, "the request body must be a JSON object");
        }
        return (ObjectNode) root;
    }

    private static int status(Failure failure) {
        return switch (failure) {
            case ADMIN_KEY_MISSING -> 401;
            case ADMIN_KEY_INVALID -> 403;
            case BODY_TOO_LARGE -> 413;
            case EMAIL_TAKEN, PROJECT_STATE_CONFLICT -> 409;
            case PROJECT_NOT_FOUND -> 404;
            case INTERNAL, QUEUE_UNAVAILABLE -> 500;
            default -> 400;
        };
    }

    private static ApiReply error(int status, Failure failure, String message) {
        ObjectNode body = Json.object();
        body.put("error", failure.name().toLowerCase(Locale.ROOT));
        body.put("message", message);
        return new ApiReply(status, body.toString(), -1);
    }
}
