package io.quorum.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Opens a TCP connection to one already-checked address. The fetcher never hands a host name to
 * the network layer, so the address the guard approved is the one connected to (no second DNS
 * lookup that a rebinding server could answer differently). Injectable so tests can route a public
 * test address to a local server while the guard itself runs unchanged.
 */
@FunctionalInterface
public interface SocketConnector {

    Socket connect(InetSocketAddress address, Duration timeout) throws IOException;

    /** A plain socket to exactly that address. */
    static SocketConnector direct() {
        return (address, timeout) -> {
            if (address.isUnresolved()) {
                throw new IllegalArgumentException("connect only to resolved, checked addresses");
            }
            Socket socket = new Socket();
            try {
                socket.connect(address, Math.toIntExact(Math.max(1, timeout.toMillis())));
                return socket;
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
        };
    }
}
