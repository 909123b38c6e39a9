package io.quorum.sample;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceUrlsTest {

    private static final String LABEL = "params.resourceURLs[0]";

    /** A valid public https URL of exactly {@code length} characters. */
    static String urlOfLength(int length) {
        String head = "https://example.com/";
        String tail = ".jpg";
        return head + "a".repeat(length - head.length() - tail.length()) + tail;
    }

    private static DomainException refused(String url) {
        return assertThrows(DomainException.class, () -> ResourceUrls.check(url, LABEL), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/",
            "http://localhost/x",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/",
            "http://192.168.1.1/",
            "http://172.16.0.1/",
            "http://[::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://[fd00:ec2::254]/",
            "http://[fe80::1]/",
            "http://2130706433/",
            "http://0177.0.0.1/",
            "http://0x7f.1/",
            "http://127.1/",
            "http://0/",
            "file:///etc/passwd",
            "ftp://example.com/a.jpg",
            "javascript:alert(1)",
            "http://user:pass@example.com/a.jpg",
            "http://user@example.com/a.jpg",
            "http://example.com/a b.jpg",
            " http://example.com/a.jpg",
            "http://example.com/a.jpg ",
            "http://example.com/a\tb.jpg",
            "http://example.com/a\nb.jpg",
            "http:///nohost",
            "http://intranet/",
            "",
            "example.com/a.jpg",
            "//example.com/a.jpg",
            "http://exa mple.com/",
            "http://[::1/",
            "gopher://example.com/",
            "data:image/png;base64,AAAA",
            "http://LOCALHOST:8080/",
            "https://127.0.0.1:443/a.jpg",
            "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
            "http://metadata.google.internal/computeMetadata/v1/"})
    void unsafeOrMalformedUrlIsRefusedAsResourceInvalid(String url) {
        DomainException refused = refused(url);
        assertEquals(Failure.RESOURCE_INVALID, refused.failure(), refused.detail());
        assertTrue(refused.detail().startsWith(LABEL), refused.detail());
    }

    @Test
    void urlOf2049CharactersIsRefusedAsTooLong() {
        String url = urlOfLength(2049);
        assertEquals(2049, url.length());
        DomainException refused = refused(url);
        assertEquals(Failure.RESOURCE_URL_TOO_LONG, refused.failure());
        assertTrue(refused.detail().contains("2049") && refused.detail().contains("2048"), refused.detail());
    }

    @Test
    void overlongUrlIsReportedAsTooLongEvenWhenItIsAlsoUnsafe() {
        String url = "http://127.0.0.1/" + "a".repeat(2100);
        assertEquals(Failure.RESOURCE_URL_TOO_LONG, refused(url).failure());
    }

    @Test
    void urlOfExactly2048CharactersIsAccepted() {
        String url = urlOfLength(2048);
        assertEquals(2048, url.length());
        assertEquals(ResourceUrls.MAX_LENGTH, url.length());
        assertDoesNotThrow(() -> ResourceUrls.check(url, LABEL));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://d301.paixin.com/thumbs/1092213/119132616/staff_1024.jpg",
            "https://d301.paixin.com/thumbs/1902695/106230432/staff_1024.jpg",
            "http://93.184.216.34/a.png",
            "https://[2606:2800:220:1:248:1893:25c8:1946]/a.jpg",
            "HTTPS://EXAMPLE.COM/A.JPG",
            "https://example.com:8443/a.jpg?size=large#top",
            "https://example.com/%E7%8C%AB.jpg",
            "https://my_bucket.s3.amazonaws.com/a.jpg",
            "https://my_bucket.s3.amazonaws.com:443/a.jpg",
            "https://xn--55qx5d.example.com/a.jpg"})
    void publicHttpUrlIsAccepted(String url) {
        assertDoesNotThrow(() -> ResourceUrls.check(url, LABEL));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.com/\u732b.jpg",
            "https://example.com/a\uffff.jpg",
            "https://example.com/\ud800.jpg",
            "https://\u4f8b\u3048.jp/a.jpg"})
    void nonAsciiUrlIsRefusedSoThatEveryResourceHasOneSpelling(String url) {
        DomainException refused = refused(url);
        assertTrue(refused.detail().contains("ASCII"), refused.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user@my_host.example.com/a.jpg", "http://0x7f.1:8080/a.jpg", "http://127.1:80/", "http://my_host/"})
    void hostsThatJavaReadsOnlyAsRegistryNamesAreStillChecked(String url) {
        refused(url);
    }
}
