package io.quorum.local;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Gives request header names back their usual spelling.
 *
 * <p>com.sun.net.httpserver rewrites every incoming name to "first letter upper case, the rest
 * lower case" ({@code RequestSign} arrives as {@code Requestsign}) and keeps no trace of the
 * original. API Gateway passes names through as sent, so the names the APIs document get their
 * documented spelling back, and any other name is title-cased at each hyphen
 * ({@code X-Custom-Thing}). Handlers must still compare names case-insensitively: HTTP/2
 * clients send lower-case names to the real API Gateway too.
 */
final class HeaderNames {

    private static final Map<String, String> KNOWN = Stream.of(
                    // ByteBridge v1 signature headers, as the spec writes them
                    "RequestSign", "SignType", "Timestamp",
                    // operator endpoints
                    "X-Admin-Key",
                    // common HTTP
                    "Accept", "Accept-Encoding", "Accept-Language", "Authorization", "Cache-Control", "Connection",
                    "Content-Encoding", "Content-Length", "Content-MD5", "Content-Type", "Cookie", "Host", "Origin",
                    "Referer", "User-Agent", "X-Amz-Date", "X-Amz-Security-Token", "X-Api-Key",
                    "X-Forwarded-For", "X-Forwarded-Port", "X-Forwarded-Proto", "X-Request-Id")
            .collect(Collectors.toUnmodifiableMap(name -> name.toLowerCase(Locale.ROOT), name -> name));

    private HeaderNames() {
    }

    static String restoreCase(String name) {
        String known = KNOWN.get(name.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        StringBuilder titled = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            titled.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return titled.toString();
    }
}
