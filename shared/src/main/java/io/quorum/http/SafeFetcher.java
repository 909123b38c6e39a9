package io.quorum.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs a resource over http or https behind an SSRF guard. Every URL, the first and each redirect
 * target, is checked in full: scheme, no credentials, host not internal by name, every resolved
 * address public ({@link AddressPolicy}). The connection then goes to one of exactly those
 * addresses, over a socket this class drives itself: a library client would resolve the name again,
 * and a DNS-rebinding server could answer that second lookup with 127.0.0.1.
 *
 * <p>HTTP/1.1 with {@code Connection: close} and {@code Accept-Encoding: identity}; bodies by
 * Content-Length, chunked, or until close. The size limit is enforced on the declared length before
 * reading and on the bytes as they arrive. Connect, read and total time are bounded.
 */
public final class SafeFetcher implements ResourceFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(SafeFetcher.class);

    public static final String USER_AGENT = "Quorum-Ingest/1";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Client errors that say "not now" rather than "never". */
    private static final Set<Integer> RETRYABLE_CLIENT_ERRORS = Set.of(408, 425, 429);
    private static final int MAX_LINE = 8 * 1024;
    private static final Pattern AUTHORITY = Pattern.compile("([A-Za-z0-9._~-]+)(?::([0-9]{1,5}))?");
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] ([0-9]{3})(?: .*)?");
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    /** The bounds of one fetch, redirects included. */
    public record Limits(long maxBytes, int maxRedirects, Duration connectTimeout, Duration readTimeout, Duration totalTimeout) {
        public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

        public Limits {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(totalTimeout, "totalTimeout");
            if (maxBytes < 1 || maxRedirects < 0) {
                throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
            }
        }

        /** 5 redirects, 5 s to connect, 10 s between bytes, 40 s in all (the ingest function has 60). */
        public static Limits standard(long maxBytes) {
            return new Limits(maxBytes, 5, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(40));
        }
    }

    private final HostResolver resolver;
    private final SocketConnector connector;
    private final SSLSocketFactory tls;
    private final Limits limits;

    public SafeFetcher(HostResolver resolver, SocketConnector connector, SSLSocketFactory tls, Limits limits) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.tls = Objects.requireNonNull(tls, "tls");
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public SafeFetcher(HostResolver resolver, SocketConnector connector, Limits limits) {
        this(resolver, connector, (SSLSocketFactory) SSLSocketFactory.getDefault(), limits);
    }

    /** The system resolver, real sockets, the JVM's trust store. */
    public static SafeFetcher standard(long maxBytes) {
        return new SafeFetcher(HostResolver.system(), SocketConnector.direct(), Limits.standard(maxBytes));
    }

    @Override
    public FetchResult fetch(String url) {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        URI current;
        try {
            current = new URI(url);
        } catch (URISyntaxException e) {
            return new FetchResult.Refused("the URL is not valid");
        }
        for (int redirects = 0; ; redirects++) {
            Target target;
            try {
                target = check(current);
            } catch (Refusal refusal) {
                return new FetchResult.Refused((redirects == 0 ? "the URL " : "redirected to a URL that ") + refusal.getMessage());
            } catch (UnknownHostException e) {
                return new FetchResult.Unavailable("the host name could not be resolved");
            }
            FetchResult.Fetched fetched;
            try {
                Response response = exchange(target, deadline);
                if (REDIRECTS.contains(response.status)) {
                    if (redirects >= limits.maxRedirects()) {
                        return new FetchResult.Refused("more than " + limits.maxRedirects() + " redirects");
                    }
                    String location = response.headers.get("location");
                    if (location == null || location.isBlank()) {
                        return new FetchResult.Refused("HTTP " + response.status + " redirect without a Location");
                    }
                    try {
                        current = current.resolve(new URI(location.trim()));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        return new FetchResult.Refused("redirected to an invalid URL");
                    }
                    LOG.atDebug().addKeyValue("host", target.host).addKeyValue("status", response.status).log("following a redirect");
                    continue;
                }
                if (response.status >= 200 && response.status < 300) {
                    fetched = new FetchResult.Fetched(response.body, response.headers.getOrDefault("content-type", ""));
                } else if (response.status >= 500 || RETRYABLE_CLIENT_ERRORS.contains(response.status)) {
                    return new FetchResult.Unavailable("the server answered HTTP " + response.status);
                } else {
                    return new FetchResult.Refused("the server answered HTTP " + response.status);
                }
            } catch (Refusal refusal) {
                return new FetchResult.Refused(refusal.getMessage());
            } catch (SocketTimeoutException e) {
                return new FetchResult.Unavailable("timed out");
            } catch (ConnectException e) {
                return new FetchResult.Unavailable("the connection was refused");
            } catch (SSLException e) {
                // a certificate that does not match the name will not start matching on a retry
                return new FetchResult.Refused("the TLS handshake failed: " + e.getClass().getSimpleName());
            } catch (IOException e) {
                return new FetchResult.Unavailable("the connection failed: " + e.getClass().getSimpleName());
            }
            return fetched;
        }
    }

    /** A URL that passed every check, with the addresses it may be fetched from. */
    private record Target(boolean https, String host, int port, String hostHeader, String requestTarget, List<InetAddress> addresses) {
    }

    /** A permanent refusal, with the reason that the sample's failureReason shows. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    private Target check(URI uri) throws Refusal, UnknownHostException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refusal("does not use http or https");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new Refusal("has no host");
        }
        if (uri.getRawUserInfo() != null || authority.contains("@")) {
            throw new Refusal("carries credentials");
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null) {
            // java.net.URI reads numeric forms such as 2130706433 or 0x7f.1 as a registry name: split it ourselves
            String[] hostAndPort = splitAuthority(authority);
            if (hostAndPort == null) {
                throw new Refusal("has no valid host");
            }
            host = hostAndPort[0];
            port = hostAndPort[1] == null ? -1 : Integer.parseInt(hostAndPort[1]);
        }
        boolean https = scheme.equals("https");
        if (port == -1) {
            port = https ? 443 : 80;
        }
        if (port < 1 || port > 65535) {
            throw new Refusal("has an invalid port");
        }
        Optional<InetAddress> literal;
        try {
            literal = AddressPolicy.literal(host);
        } catch (IllegalArgumentException e) {
            throw new Refusal("has a malformed address as its host");
        }
        List<InetAddress> addresses;
        if (literal.isPresent()) {
            addresses = List.of(literal.get());
        } else {
            if (AddressPolicy.isInternalName(host)) {
                throw new Refusal("names an internal host");
            }
            addresses = List.of(resolver.resolve(host));
            if (addresses.isEmpty()) {
                throw new UnknownHostException("no address");
            }
        }
        for (InetAddress address : addresses) {
            if (!AddressPolicy.isPublic(address)) {
                throw new Refusal("points at a private, loopback, link-local or otherwise internal address");
            }
        }
        String bareHost = host.startsWith("[") ? host : (host.contains(":") ? "[" + host + "]" : host);
        boolean defaultPort = port == (https ? 443 : 80);
        String hostHeader = defaultPort ? bareHost : bareHost + ":" + port;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        if (target.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            throw new Refusal("has characters that cannot be sent in a request line");
        }
        String nameForTls = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new Target(https, nameForTls, port, hostHeader, target, addresses);
    }

    private static String[] splitAuthority(String authority) {
        Matcher m = AUTHORITY.matcher(authority);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    private record Response(int status, Map<String, String> headers, byte[] body) {
    }

    private Response exchange(Target target, long deadline) throws IOException, Refusal {
        try (Socket socket = open(target, deadline)) {
            OutputStream out = socket.getOutputStream();
            String request = "GET " + target.requestTarget + " HTTP/1.1\r\n"
                    + "Host: " + target.hostHeader + "\r\n"
                    + "User-Agent: " + USER_AGENT + "\r\n"
                    + "Accept: */*\r\n"
                    + "Accept-Encoding: identity\r\n"
                    + "Connection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            DeadlineInput in = new DeadlineInput(socket, deadline, limits.readTimeout());
            int status;
            Map<String, String> headers;
            do {
                status = statusOf(readLine(in));
                headers = readHeaders(in);
            } while (status >= 100 && status < 200); // interim answers precede the real one
            if (REDIRECTS.contains(status) || status < 200 || status >= 300) {
                return new Response(status, headers, new byte[0]); // bodies of redirects and errors are never read
            }
            return new Response(status, headers, readBody(in, headers));
        }
    }

    private Socket open(Target target, long deadline) throws IOException {
        IOException last = null;
        for (InetAddress address : target.addresses) {
            Duration connectTimeout = min(limits.connectTimeout(), remaining(deadline));
            Socket socket;
            try {
                socket = connector.connect(new InetSocketAddress(address, target.port), connectTimeout);
            } catch (SocketTimeoutException | ConnectException e) {
                last = e;
                continue; // the next checked address may answer
            }
            try {
                socket.setSoTimeout(timeoutMillis(min(limits.readTimeout(), remaining(deadline))));
                return target.https ? tls(socket, target) : socket;
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        }
        throw last != null ? last : new ConnectException("no address to connect to");
    }

    /** TLS over the connected socket: SNI and certificate checks use the name, the socket stays on the checked address. */
    private SSLSocket tls(Socket socket, Target target) throws IOException {
        SSLSocket ssl = (SSLSocket) tls.createSocket(socket, target.host, target.port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (AddressPolicy.literal(target.host).isEmpty()) {
            parameters.setServerNames(List.of(new SNIHostName(target.host)));
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private static int statusOf(String line) throws Refusal {
        Matcher m = STATUS_LINE.matcher(line);
        if (!m.matches()) {
            throw new Refusal("the server's answer is not HTTP/1.x");
        }
        return Integer.parseInt(m.group(1));
    }

    /** Header names lower-cased; a repeated header keeps its values joined by a comma, as HTTP allows. */
    private static Map<String, String> readHeaders(DeadlineInput in) throws IOException, Refusal {
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new Refusal("the server's headers are too large");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new Refusal("the server sent a malformed header");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + "," + b);
        }
        return headers;
    }

    private byte[] readBody(DeadlineInput in, Map<String, String> headers) throws IOException, Refusal {
        String transferEncoding = headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT);
        LimitedBuffer body = new LimitedBuffer(limits.maxBytes());
        if (transferEncoding.contains("chunked")) {
            readChunked(in, body);
            return body.toByteArray();
        }
        String declared = headers.get("content-length");
        if (declared != null) {
            List<String> values = new ArrayList<>(List.of(declared.split(",")));
            values.replaceAll(String::trim);
            if (values.stream().distinct().count() != 1 || !values.get(0).matches("[0-9]{1,18}")) {
                throw new Refusal("the server sent an invalid Content-Length");
            }
            long length = Long.parseLong(values.get(0));
            if (length > limits.maxBytes()) {
                throw new Refusal(tooLarge());
            }
            copy(in, body, length);
            return body.toByteArray();
        }
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer, 0, buffer.length); n != -1; n = in.read(buffer, 0, buffer.length)) {
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }

    private void readChunked(DeadlineInput in, LimitedBuffer body) throws IOException, Refusal {
        while (true) {
            String sizeLine = readLine(in);
            int extension = sizeLine.indexOf(';');
            String hex = (extension >= 0 ? sizeLine.substring(0, extension) : sizeLine).trim();
            if (!hex.matches("[0-9A-Fa-f]{1,15}")) {
                throw new Refusal("the server sent a malformed chunk");
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers carry nothing the fetcher needs
                }
                return;
            }
            if (body.size() + size > limits.maxBytes()) {
                throw new Refusal(tooLarge());
            }
            copy(in, body, size);
            if (!readLine(in).isEmpty()) {
                throw new Refusal("the server sent a malformed chunk");
            }
        }
    }

    private static void copy(DeadlineInput in, LimitedBuffer body, long length) throws IOException, Refusal {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n == -1) {
                throw new EOFException("the connection closed before the body was complete");
            }
            body.write(buffer, 0, n);
            left -= n;
        }
    }

    private String tooLarge() {
        return "the resource is larger than the limit of " + limits.maxBytes() + " bytes";
    }

    /** A CRLF- (or LF-) terminated line in ISO-8859-1, bounded in length. */
    private static String readLine(DeadlineInput in) throws IOException, Refusal {
        StringBuilder line = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b == -1) {
                throw new EOFException("the connection closed in the middle of the answer");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= MAX_LINE) {
                throw new Refusal("the server sent an over-long line");
            }
            line.append((char) b);
        }
    }

    /** Reads with each wait bounded by the read timeout and by what is left of the total time. */
    private static final class DeadlineInput {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private final Duration readTimeout;
        private final byte[] one = new byte[1];
        private final byte[] buffer = new byte[8192];
        private int position;
        private int limit;

        DeadlineInput(Socket socket, long deadline, Duration readTimeout) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
            this.readTimeout = readTimeout;
        }

        int read() throws IOException {
            int n = read(one, 0, 1);
            return n == -1 ? -1 : one[0] & 0xff;
        }

        int read(byte[] target, int offset, int length) throws IOException {
            if (position == limit) {
                socket.setSoTimeout(timeoutMillis(min(readTimeout, remaining(deadline))));
                int n = in.read(buffer, 0, buffer.length);
                if (n == -1) {
                    return -1;
                }
                position = 0;
                limit = n;
            }
            int n = Math.min(length, limit - position);
            System.arraycopy(buffer, position, target, offset, n);
            position += n;
            return n;
        }
    }

    /** Collects a body and refuses it the moment it passes the limit. */
    private final class LimitedBuffer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final long max;

        LimitedBuffer(long max) {
            this.max = max;
        }

        void write(byte[] data, int offset, int length) throws Refusal {
            if (bytes.size() + (long) length > max) {
                throw new Refusal(tooLarge());
            }
            bytes.write(data, offset, length);
        }

        long size() {
            return bytes.size();
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    private static Duration remaining(long deadline) throws SocketTimeoutException {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) {
            throw new SocketTimeoutException("the total time for the fetch ran out");
        }
        return Duration.ofNanos(nanos);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static int timeoutMillis(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toMillis()));
    }
}
