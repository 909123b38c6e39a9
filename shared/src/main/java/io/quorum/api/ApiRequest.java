package io.quorum.api;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A request as it arrived: headers (looked up without regard to case) and the raw body bytes. */
public record ApiRequest(Map<String, String> headers, byte[] body) {

    public ApiRequest {
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    caseInsensitive.putIfAbsent(name, value);
                }
            });
        }
        headers = caseInsensitive;
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        return headers.get(Objects.requireNonNull(name));
    }
}
