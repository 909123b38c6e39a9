package io.quorum.sample;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks a resource URL passes before it is recorded: length, syntax, http(s) only, no
 * credentials, and no host that is internal on its face. Names are resolved, and checked again,
 * when the fetcher follows them.
 */
public final class ResourceUrls {

    public static final int MAX_LENGTH = 2048;

    private ResourceUrls() {
    }

    /** Throws code 10 for an over-long URL, code 24 for any other invalid one; {@code label} names it in the detail. */
    public static void check(String url, String label) {
        if (url.length() > MAX_LENGTH) {
            throw new DomainException(Failure.RESOURCE_URL_TOO_LONG, label + " has " + url.length() + " characters; the limit is " + MAX_LENGTH);
        }
        if (url.isEmpty() || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            throw invalid(label, "is empty or contains spaces or control characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(label, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(label, "must use http or https");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw invalid(label, "has no valid host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(label, "must not carry credentials");
        }
        Optional<InetAddress> literal;
        try {
            literal = AddressPolicy.literal(host);
        } catch (IllegalArgumentException e) {
            throw invalid(label, "has a malformed address as its host");
        }
        if (literal.map(address -> !AddressPolicy.isPublic(address)).orElse(AddressPolicy.isInternalName(host))) {
            throw invalid(label, "points at a private, loopback, link-local or otherwise internal host");
        }
    }

    private static DomainException invalid(String label, String reason) {
        return new DomainException(Failure.RESOURCE_INVALID, label + " " + reason);
    }
}
