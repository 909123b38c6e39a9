package io.quorum.local;

/**
 * Settings for the JDK's built-in HTTP server that serves the local API.
 *
 * <p>The server writes a response's headers and body as two packets; with Nagle's algorithm on,
 * the body waits for the client's delayed acknowledgement of the headers, about 40 ms on Linux
 * loopback, so every request took some 45 ms however fast its handler was. The JDK reads the
 * switch once, when the first server is created, hence a system property set before that.
 */
public final class LoopbackHttp {

    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private LoopbackHttp() {
    }

    /** Turns Nagle's algorithm off for servers created from now on, unless the command line chose otherwise. */
    public static void preferLowLatency() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }
}
