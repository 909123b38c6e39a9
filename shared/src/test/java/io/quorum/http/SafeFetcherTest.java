package io.quorum.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fetcher against a real HTTP server on loopback. Test names resolve to public-looking
 * addresses, and only the socket connector routes the approved public address to the local server,
 * so the guard runs exactly as in production and every refusal below happens before any connection.
 */
class SafeFetcherTest {

    private static final String PUBLIC = "93.184.216.34";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 2, 0, 0, 0, 3};

    private HttpServer server;
    private final List<InetSocketAddress> connections = new CopyOnWriteArrayList<>();
    private SafeFetcher fetcher;

    private static final Map<String, List<String>> DNS = Map.of(
            "images.example", List.of(PUBLIC),
            "mixed.example", List.of(PUBLIC, "10.0.0.5"),
            "private.example", List.of("10.0.0.1"),
            "rebind.example", List.of("127.0.0.1"));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok.png", exchange -> respond(exchange, 200, PNG, Map.of("Content-Type", "image/png")));
        server.createContext("/chain/", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/chain/".length()));
            if (left == 0) {
                respond(exchange, 200, PNG, Map.of());
            } else {
                respond(exchange, 302, new byte[0], Map.of("Location", "/chain/" + (left - 1)));
            }
        });
        server.createContext("/to", exchange -> respond(exchange, 301, new byte[0],
                Map.of("Location", exchange.getRequestURI().getQuery().substring("url=".length()))));
        server.createContext("/missing", exchange -> respond(exchange, 404, "nope".getBytes(StandardCharsets.UTF_8), Map.of()));
        server.createContext("/busy", exchange -> respond(exchange, 503, new byte[0], Map.of()));
        server.createContext("/big-declared", exchange -> {
            exchange.sendResponseHeaders(200, 5_000);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[5_000]);
            } catch (IOException ignored) {
                // the fetcher hangs up once it has read the length
            }
        });
        server.createContext("/big-chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(new byte[1_000]);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the fetcher hangs up past the limit
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PNG, 0, 10);
                out.flush();
                out.write(PNG, 10, PNG.length - 10);
            }
        });
        server.createContext("/headers", exchange -> {
            String seen = "host=" + exchange.getRequestHeaders().getFirst("Host")
                    + ";ua=" + exchange.getRequestHeaders().getFirst("User-Agent")
                    + ";enc=" + exchange.getRequestHeaders().getFirst("Accept-Encoding")
                    + ";conn=" + exchange.getRequestHeaders().getFirst("Connection")
                    + ";query=" + exchange.getRequestURI().getRawQuery();
            respond(exchange, 200, seen.getBytes(StandardCharsets.UTF_8), Map.of());
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, PNG, Map.of());
        });
        server.start();
        fetcher = fetcherWith(new SafeFetcher.Limits(2_000, 5, Duration.ofSeconds(2), Duration.ofMillis(400), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SafeFetcher fetcherWith(SafeFetcher.Limits limits) {
        HostResolver resolver = host -> {
            List<String> addresses = DNS.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        };
        SocketConnector routeToTestServer = (address, timeout) -> {
            connections.add(address);
            if (!address.getAddress().getHostAddress().equals(PUBLIC)) {
                throw new AssertionError("the fetcher connected to an address the guard should have refused: " + address);
            }
            Socket socket = new Socket();
            socket.connect(server.getAddress(), (int) timeout.toMillis());
            return socket;
        };
        return new SafeFetcher(resolver, routeToTestServer, limits);
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, Map<String, String> headers) throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private FetchResult.Refused refused(String url) {
        return assertInstanceOf(FetchResult.Refused.class, fetcher.fetch(url), url);
    }

    @Test
    void fetchesAPublicResourceByContentLength() {
        FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch("http://images.example/ok.png"));
        assertArrayEquals(PNG, fetched.body());
        assertEquals("image/png", fetched.declaredContentType());
        assertEquals(PUBLIC, connections.get(0).getAddress().getHostAddress());
        assertEquals(80, connections.get(0).getPort());
    }

    @Test
    void readsChunkedBodies() {
        assertArrayEquals(PNG, assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch("http://images.example/chunked")).body());
    }

    @Test
    void sendsAMinimalIdentifiableRequest() {
        FetchResult.Fetched fetched = assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch("http://images.example:8080/headers?a=1&b=%20#frag"));
        assertEquals("host=images.example:8080;ua=Quorum-Ingest/1;enc=identity;conn=close;query=a=1&b=%20",
                new String(fetched.body(), StandardCharsets.UTF_8));
    }

    @Test
    void followsUpToFiveRedirectsAndRefusesTheSixth() {
        assertInstanceOf(FetchResult.Fetched.class, fetcher.fetch("http://images.example/chain/5"));
        FetchResult.Refused sixth = refused("http://images.example/chain/6");
        assertEquals("more than 5 redirects", sixth.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://2130706433/",
        "http://0x7f.1/", "file:///etc/passwd", "http://private.example/", "http://[::ffff:127.0.0.1]/", "http://017700000001/",
        "http://localhost/", "http://[fd00:ec2::254]/", "http://user:pw@images.example/", "gopher://images.example/"})
    void refusesARedirectToAnInternalOrNonHttpTarget(String target) {
        FetchResult.Refused refused = refused("http://images.example/to?url=" + target);
        assertTrue(refused.reason().startsWith("redirected to a URL that "), refused.reason());
        assertEquals(1, connections.size(), "only the first, public hop was connected to");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::1]/", "http://2130706433/",
        "file:///etc/passwd", "http://0x7f.0.0.1/", "http://[::ffff:169.254.169.254]/", "http://private.example/a.png",
        "http://rebind.example/", "ftp://images.example/a.png", "http://user:secret@images.example/a.png"})
    void refusesHostileUrlsWithoutConnecting(String url) {
        FetchResult.Refused refused = refused(url);
        assertTrue(!refused.reason().isBlank());
        assertEquals(List.of(), connections);
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivate() {
        assertTrue(refused("http://mixed.example/ok.png").reason().contains("private"));
        assertEquals(List.of(), connections);
    }

    @Test
    void refusesABodyDeclaredLargerThanTheLimitBeforeReadingIt() {
        assertTrue(refused("http://images.example/big-declared").reason().contains("larger than the limit of 2000 bytes"));
    }

    @Test
    void refusesAChunkedBodyOnceItPassesTheLimit() {
        assertTrue(refused("http://images.example/big-chunked").reason().contains("larger than the limit"));
    }

    @Test
    void aSlowServerTimesOutAsAPassingFailure() {
        FetchResult.Unavailable slow = assertInstanceOf(FetchResult.Unavailable.class, fetcher.fetch("http://images.example/slow"));
        assertEquals("timed out", slow.reason());
    }

    @Test
    void clientErrorsArePermanentAndServerErrorsPass() {
        assertEquals("the server answered HTTP 404", refused("http://images.example/missing").reason());
        assertEquals("the server answered HTTP 503",
                assertInstanceOf(FetchResult.Unavailable.class, fetcher.fetch("http://images.example/busy")).reason());
    }

    @Test
    void anUnknownHostMayBeTemporary() {
        assertInstanceOf(FetchResult.Unavailable.class, fetcher.fetch("http://nowhere.example/a.png"));
    }
}
