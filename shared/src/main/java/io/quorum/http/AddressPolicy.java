package io.quorum.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which hosts the platform may fetch from: only public unicast addresses. Refuses loopback,
 * private, link-local (the cloud metadata address among them), carrier-grade NAT, multicast,
 * reserved and documentation ranges, in IPv4 and IPv6, including IPv4 addresses hidden in IPv6
 * (mapped, compatible, 6to4, NAT64) and IPv4 literals written in decimal, octal or hex.
 */
public final class AddressPolicy {

    private AddressPolicy() {
    }

    public static boolean isPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isPublicV4(v4.getAddress());
        }
        byte[] b = address.getAddress();
        Optional<byte[]> embedded = embeddedV4((Inet6Address) address);
        if (embedded.isPresent()) {
            return isPublicV4(embedded.get());
        }
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // unique local fc00::/7, which also holds the EC2 metadata address fd00:ec2::254
        }
        if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
            return false; // documentation 2001:db8::/32
        }
        return (first & 0xe0) == 0x20; // only global unicast 2000::/3 is routable
    }

    /**
     * The address a host names literally (IPv4 in any notation a resolver accepts, or IPv6),
     * without any DNS lookup; empty when the host is a name.
     */
    public static Optional<InetAddress> literal(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.contains(":")) {
            int zone = h.indexOf('%');
            String literal = zone >= 0 ? h.substring(0, zone) : h;
            if (!literal.matches("[0-9a-f:.]+")) {
                throw new IllegalArgumentException("not an IPv6 address");
            }
            try {
                return Optional.of(InetAddress.getByName(literal));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IPv6 address", e);
            }
        }
        return parseV4(h).map(AddressPolicy::v4);
    }

    /** True for names that always mean this machine or a private network, whatever DNS says. */
    public static boolean isInternalName(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.endsWith(".local") || h.endsWith(".internal")
                || h.endsWith(".localdomain") || !h.contains(".");
    }

    /** inet_aton rules: one to four parts, each decimal, octal (leading 0) or hex (0x); the last part fills the rest. */
    static Optional<byte[]> parseV4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (!part.matches("0x[0-9a-f]*|[0-9]+")) {
                return Optional.empty();
            }
            values[i] = parsePart(part);
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                throw new IllegalArgumentException("IPv4 part out of range");
            }
            address = (address << 8) | values[i];
        }
        int remainingBits = 8 * (5 - values.length);
        long last = values[values.length - 1];
        if (last >= (1L << remainingBits)) {
            throw new IllegalArgumentException("IPv4 part out of range");
        }
        address = (address << remainingBits) | last;
        return Optional.of(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
    }

    private static long parsePart(String part) {
        try {
            if (part.startsWith("0x")) {
                return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("IPv4 part is not a number", e);
        }
    }

    private static InetAddress v4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }

    private static Optional<byte[]> embeddedV4(Inet6Address address) {
        byte[] b = address.getAddress();
        boolean zeroPrefix10 = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix10 &= b[i] == 0;
        }
        if (zeroPrefix10 && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
            return Optional.of(new byte[] {b[12], b[13], b[14], b[15]}); // ::ffff:a.b.c.d and ::a.b.c.d
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Optional.of(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4 2002::/16
        }
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b) {
            return Optional.of(new byte[] {b[12], b[13], b[14], b[15]}); // NAT64 64:ff9b::/96
        }
        return Optional.empty();
    }

    private static boolean isPublicV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return !(a0 == 0                                   // this network
                || a0 == 10                                // private
                || a0 == 127                               // loopback
                || (a0 == 100 && a1 >= 64 && a1 <= 127)    // carrier-grade NAT
                || (a0 == 169 && a1 == 254)                // link-local, cloud metadata
                || (a0 == 172 && a1 >= 16 && a1 <= 31)     // private
                || (a0 == 192 && a1 == 0 && a2 == 0)       // IETF protocol assignments
                || (a0 == 192 && a1 == 0 && a2 == 2)       // documentation
                || (a0 == 192 && a1 == 88 && a2 == 99)     // 6to4 relay
                || (a0 == 192 && a1 == 168)                // private
                || (a0 == 198 && (a1 == 18 || a1 == 19))   // benchmarking
                || (a0 == 198 && a1 == 51 && a2 == 100)    // documentation
                || (a0 == 203 && a1 == 0 && a2 == 113)     // documentation
                || a0 >= 224);                             // multicast, reserved, broadcast
    }
}
