package io.quorum.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quorum.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Known vectors, computed independently with Python 3 (hashlib / hmac), for the spec's demo
 * credentials and its example timestamp.
 */
class RequestSignerTest {

    private static final String USER_ID = "U_10BF4B46DD4811EA93476C96CFDDE73D";
    private static final SecretKey SECRET = new SecretKey("test_78pbttim3mykypuoswidgzor6fv1u2rj");
    private static final String TIMESTAMP = "1597388950604";
    /** What Python's json.dumps writes for the spec's example body. */
    private static final String BODY = "{\"userId\": \"U_10BF4B46DD4811EA93476C96CFDDE73D\", \"params\": {}}";

    /**
     * hashlib.md5(("userID=%s&Body=%s&SignType=md5&Timestamp=%s&secretKey=%s"
     *     % (user_id, body, "1597388950604", secret_key)).encode()).hexdigest().upper()
     */
    private static final String MD5_VECTOR = "E88791F2B11AC964772F854942ED07B4";

    /**
     * hmac.new(secret_key.encode(), ("userID=%s&Body=%s&SignType=HmacSHA256&Timestamp=%s"
     *     % (user_id, body, "1597388950604")).encode(), hashlib.sha256).hexdigest().upper()
     */
    private static final String HMAC_VECTOR = "ACA9DA203E31094196A27249340FC6DD1726510DA731F8F01BC27D891C260DAD";

    /**
     * A body with non-ASCII characters, sent as UTF-8:
     * {"userId": "U_10BF4B46DD4811EA93476C96CFDDE73D", "params": {"projectName": "猫と犬 café"}}
     * b = body.encode("utf-8");
     * hashlib.md5(b"userID=" + uid + b"&Body=" + b + b"&SignType=md5&Timestamp=1597388950604&secretKey=" + sk).hexdigest().upper()
     */
    private static final String UNICODE_BODY =
            "{\"userId\": \"U_10BF4B46DD4811EA93476C96CFDDE73D\", \"params\": {\"projectName\": \"\u732b\u3068\u72ac caf\u00e9\"}}";
    private static final String UNICODE_BODY_UTF8_HEX = "7b22757365724964223a2022555f3130424634423436444434383131454139333437364339364346444445373344"
            + "222c2022706172616d73223a207b2270726f6a6563744e616d65223a2022e78cabe381a8e78aac20636166c3a9227d7d";
    private static final String UNICODE_MD5_VECTOR = "D7463DE8BA3BA2886E2ECDD0363DA1B6";
    /** hmac.new(sk, b"userID=" + uid + b"&Body=" + b + b"&SignType=HmacSHA256&Timestamp=1597388950604", sha256) */
    private static final String UNICODE_HMAC_VECTOR = "0114B3E34281E228EE9FFBAB55989EC8A473D286A50E090E70606BFFAAF0B2F6";

    @Test
    void md5SignatureMatchesTheSpecsPythonClient() {
        assertEquals(MD5_VECTOR, RequestSigner.sign(SignType.MD5, USER_ID, utf8(BODY), TIMESTAMP, SECRET));
    }

    @Test
    void hmacSha256SignatureIsKeyedBySecretAndOmitsTheSecretFromTheSignString() {
        assertEquals(HMAC_VECTOR, RequestSigner.sign(SignType.HMAC_SHA256, USER_ID, utf8(BODY), TIMESTAMP, SECRET));
    }

    @Test
    void md5SignStringIsTheSpecsLayoutEndingWithTheSecret() {
        String expected = "userID=" + USER_ID + "&Body=" + BODY + "&SignType=md5&Timestamp=" + TIMESTAMP
                + "&secretKey=test_78pbttim3mykypuoswidgzor6fv1u2rj";
        assertEquals(expected, new String(RequestSigner.signString(SignType.MD5, USER_ID, utf8(BODY), TIMESTAMP, SECRET),
                StandardCharsets.UTF_8));
    }

    @Test
    void hmacSignStringNamesHmacSha256AndCarriesNoSecret() {
        String expected = "userID=" + USER_ID + "&Body=" + BODY + "&SignType=HmacSHA256&Timestamp=" + TIMESTAMP;
        assertEquals(expected, new String(RequestSigner.signString(SignType.HMAC_SHA256, USER_ID, utf8(BODY), TIMESTAMP, SECRET),
                StandardCharsets.UTF_8));
    }

    @Test
    void nonAsciiBodyIsSignedOverItsRawUtf8Bytes() {
        byte[] raw = utf8(UNICODE_BODY);
        assertArrayEquals(HexFormat.of().parseHex(UNICODE_BODY_UTF8_HEX), raw, "test body must be the bytes Python signed");
        assertEquals(UNICODE_MD5_VECTOR, RequestSigner.sign(SignType.MD5, USER_ID, raw, TIMESTAMP, SECRET));
        assertEquals(UNICODE_HMAC_VECTOR, RequestSigner.sign(SignType.HMAC_SHA256, USER_ID, raw, TIMESTAMP, SECRET));
    }

    @Test
    void sameTextInOtherBytesSignsDifferently() {
        // "café" with a combining accent (NFD) looks the same but is other bytes: the signature follows the bytes.
        String decomposed = UNICODE_BODY.replace("caf\u00e9", "cafe\u0301");
        assertNotEquals(UNICODE_MD5_VECTOR, RequestSigner.sign(SignType.MD5, USER_ID, utf8(decomposed), TIMESTAMP, SECRET));
    }

    @Test
    void signatureIsUpperCaseHexOfTheDigestLength() {
        String md5 = RequestSigner.sign(SignType.MD5, Fixtures.OTHER_OWNER.value(), utf8("{}"), "1", Fixtures.OTHER_SECRET);
        String hmac = RequestSigner.sign(SignType.HMAC_SHA256, Fixtures.OTHER_OWNER.value(), utf8("{}"), "1", Fixtures.OTHER_SECRET);
        assertTrue(md5.matches("[0-9A-F]{32}"), md5);
        assertTrue(hmac.matches("[0-9A-F]{64}"), hmac);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
