package io.quorum.http;

import java.util.Objects;

/** What came of fetching a resource: its bytes, a permanent refusal, or a failure worth retrying. */
public sealed interface FetchResult {

    /** The final response's body (2xx), and the content type the server claimed (informational only). */
    record Fetched(byte[] body, String declaredContentType) implements FetchResult {
        public Fetched {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(declaredContentType, "declaredContentType");
        }
    }

    /** Fetching again will not help: refused by policy, too large, a 4xx answer, a malformed response. */
    record Refused(String reason) implements FetchResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Might work later: a timeout, a refused or reset connection, a 5xx answer, a failed DNS lookup. */
    record Unavailable(String reason) implements FetchResult {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
