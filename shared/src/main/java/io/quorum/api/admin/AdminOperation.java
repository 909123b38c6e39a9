package io.quorum.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.quorum.api.v1.Params;

/** One operator endpoint's work once the admin key is checked: read the body, run a use case, present the result. */
@FunctionalInterface
public interface AdminOperation {

    JsonNode execute(Params body);
}
