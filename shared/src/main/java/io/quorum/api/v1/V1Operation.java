package io.quorum.api.v1;

import io.quorum.auth.UserId;

/** One v1 endpoint's work once the caller is authenticated: read the params, run a use case, present its result. */
@FunctionalInterface
public interface V1Operation extends V1Gateway.Operation<UserId> {
}
