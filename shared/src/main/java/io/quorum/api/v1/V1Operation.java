package io.quorum.api.v1;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.auth.UserId;

/** One v1 endpoint's work once the caller is authenticated: read the params, run a use case, present its result. */
@FunctionalInterface
public interface V1Operation {

    JsonNode execute(UserId caller, Params params);
}
