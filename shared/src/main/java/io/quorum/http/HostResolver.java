package io.quorum.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses. Injectable so that tests can give names any address they need. */
@FunctionalInterface
public interface HostResolver {

    /** Every address the name has; {@link UnknownHostException} when it has none (or DNS failed). */
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** The JVM's resolver. */
    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
