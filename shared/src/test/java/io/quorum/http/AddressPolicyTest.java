package io.quorum.http;

import io.quorum.sample.ResourceUrls;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The host checks on their own, without DNS: literals in every notation, and names internal on their face. */
class AddressPolicyTest {

    /** Whether the policy lets the platform fetch from {@code host}, judged as ResourceUrls judges it. */
    private static boolean allowed(String host) {
        Optional<InetAddress> literal = AddressPolicy.literal(host);
        return literal.map(AddressPolicy::isPublic).orElse(!AddressPolicy.isInternalName(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "localhost", "169.254.169.254", "10.0.0.1", "192.168.1.1", "172.16.0.1", "172.31.255.255",
            "[::1]", "[::ffff:127.0.0.1]", "[fd00:ec2::254]", "[fe80::1]", "2130706433", "0177.0.0.1", "0x7f.1",
            "127.1", "0", "intranet", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "[::]", "[ff02::1]",
            "[::ffff:169.254.169.254]", "[64:ff9b::7f00:1]", "[2002:a00:1::]", "[2001:db8::1]", "[fc00::1]",
            "[fec0::1]", "0x7f000001", "017700000001", "192.0.2.1", "198.18.0.1", "LOCALHOST", "localhost.",
            "api.localhost", "printer.local", "metadata.google.internal", "db.localdomain", "[fe80::1%25eth0]"})
    void internalHostIsRefused(String host) {
        assertFalse(allowed(host), host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"d301.paixin.com", "93.184.216.34", "[2606:2800:220:1:248:1893:25c8:1946]", "8.8.8.8",
            "example.com.", "1.1.1.1", "[2a00:1450:4001:80b::200e]", "172.32.0.1", "100.128.0.1"})
    void publicHostIsAllowed(String host) {
        assertTrue(allowed(host), host);
    }

    @ParameterizedTest
    @CsvSource({
            "2130706433,   127.0.0.1",
            "0177.0.0.1,   127.0.0.1",
            "0x7f.1,       127.0.0.1",
            "127.1,        127.0.0.1",
            "0,            0.0.0.0",
            "0x7f000001,   127.0.0.1",
            "10.1,         10.0.0.1",
            "192.168.257,  192.168.1.1",
            "93.184.216.34, 93.184.216.34"})
    void ipv4LiteralsAreReadInEveryNotationAResolverAccepts(String host, String dotted) throws Exception {
        assertArrayEquals(InetAddress.getByName(dotted).getAddress(), AddressPolicy.parseV4(host).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "d301.paixin.com", "1.2.3.example", "intranet", "a.b"})
    void namesAreNotLiterals(String host) {
        assertEquals(Optional.empty(), AddressPolicy.literal(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "1.2.3.256", "1.2.65536", "4294967296", "08.1.1.1", "[::g]", "[fe80::zz]"})
    void malformedLiteralsAreRefusedRatherThanGuessed(String host) {
        assertThrows(IllegalArgumentException.class, () -> AddressPolicy.literal(host));
    }

    @Test
    void ipv4MappedIpv6IsJudgedByItsIpv4Address() throws Exception {
        assertFalse(AddressPolicy.isPublic(InetAddress.getByName("::ffff:10.0.0.1")));
        assertTrue(AddressPolicy.isPublic(InetAddress.getByName("::ffff:93.184.216.34")));
    }

    @Test
    void singleLabelAndSpecialSuffixNamesAreInternalButOrdinaryNamesAreNot() {
        assertTrue(AddressPolicy.isInternalName("intranet"));
        assertTrue(AddressPolicy.isInternalName("intranet."));
        assertTrue(AddressPolicy.isInternalName("x.internal"));
        assertFalse(AddressPolicy.isInternalName("example.com"));
        assertFalse(AddressPolicy.isInternalName("internal.example.com"));
    }
}
