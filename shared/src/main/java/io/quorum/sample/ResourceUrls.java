package io.quorum.sample;

import io.quorum.http.AddressPolicy;
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
        // ASCII only, as URLs travel: one spelling per resource (so a resubmission is recognised) and
        // nothing a queue or a log could refuse or garble.
        if (url.chars().anyMatch(c -> c > 0x7e)) {
            throw invalid(label, "must be ASCII: percent-encode other characters and write international host names in punycode");
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
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw invalid(label, "has no host");
        }
        if (uri.getRawUserInfo() != null || authority.contains("@")) {
            throw invalid(label, "must not carry credentials");
        }
        String host = uri.getHost() != null ? uri.getHost() : hostOf(authority);
        if (host == null || host.isEmpty()) {
            throw invalid(label, "has no valid host");
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

    /**
     * The host of an authority that java.net.URI reads only as a registry name: hosts with
     * underscores (some bucket and CDN names) or numeric forms like {@code 0x7f.1}, which the address
     * check must still see.
     */
    private static String hostOf(String authority) {
        String host = authority.replaceFirst(":[0-9]*$", "");
        return host.matches("[A-Za-z0-9._~-]+") ? host : null;
    }

    private static DomainException invalid(String label, String reason) {
        return new DomainException(Failure.RESOURCE_INVALID, label + " " + reason);
    }
}
