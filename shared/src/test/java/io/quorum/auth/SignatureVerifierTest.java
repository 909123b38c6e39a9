package io.quorum.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.testing.Fixtures;
import io.quorum.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureVerifierTest {

    private static final long FIVE_MINUTES = 5 * 60 * 1000L;
    private static final byte[] BODY = "{\"userId\": \"U_10BF4B46DD4811EA93476C96CFDDE73D\", \"params\": {}}"
            .getBytes(StandardCharsets.UTF_8);

    private final MutableClock clock = new MutableClock();
    private final SignatureVerifier verifier = new SignatureVerifier(clock);
    private final Account account = Fixtures.ownerAccount();

    private SignedHeaders signed(SignType type, long timestampMillis, byte[] body) {
        String timestamp = Long.toString(timestampMillis);
        return new SignedHeaders(type.wireName(), timestamp,
                RequestSigner.sign(type, account.userId().value(), body, timestamp, account.secretKey()));
    }

    private static void assertRefused(Executable call) {
        DomainException refused = assertThrows(DomainException.class, call);
        assertEquals(Failure.SIGNATURE_INVALID, refused.failure(), refused.detail());
    }

    @Test
    void validMd5SignaturePasses() {
        assertDoesNotThrow(() -> verifier.verify(account, signed(SignType.MD5, clock.millis(), BODY), BODY));
    }

    @Test
    void validHmacSha256SignaturePasses() {
        assertDoesNotThrow(() -> verifier.verify(account, signed(SignType.HMAC_SHA256, clock.millis(), BODY), BODY));
    }

    @Test
    void specsKnownVectorPassesAtTheSpecsTimestamp() {
        // E88791F2... is the Python-computed MD5 signature for this body at 1597388950604 (see RequestSignerTest).
        SignedHeaders headers = new SignedHeaders("md5", "1597388950604", "E88791F2B11AC964772F854942ED07B4");
        assertDoesNotThrow(() -> verifier.verify(account, headers, BODY));
    }

    @Test
    void lowerCaseHexSignatureIsAccepted() {
        SignedHeaders upper = signed(SignType.MD5, clock.millis(), BODY);
        SignedHeaders lower = new SignedHeaders(upper.signType(), upper.timestamp(), upper.requestSign().toLowerCase(Locale.ROOT));
        assertDoesNotThrow(() -> verifier.verify(account, lower, BODY));
    }

    @Test
    void signTypeHeaderIsReadWithoutRegardToCaseAndSignedAsSent() {
        String timestamp = Long.toString(clock.millis());
        String signature = RequestSigner.sign(SignType.HMAC_SHA256, "HMACSHA256", account.userId().value(), BODY, timestamp, account.secretKey());
        assertDoesNotThrow(() -> verifier.verify(account, new SignedHeaders("HMACSHA256", timestamp, signature), BODY));
    }

    @Test
    void signStringMustCarryTheSignTypeAsTheHeaderSendsIt() {
        String timestamp = Long.toString(clock.millis());
        String signedLowerCase = RequestSigner.sign(SignType.MD5, account.userId().value(), BODY, timestamp, account.secretKey());
        assertRefused(() -> verifier.verify(account, new SignedHeaders("MD5", timestamp, signedLowerCase), BODY));
        String signedAsSent = RequestSigner.sign(SignType.MD5, "MD5", account.userId().value(), BODY, timestamp, account.secretKey());
        assertDoesNotThrow(() -> verifier.verify(account, new SignedHeaders("MD5", timestamp, signedAsSent), BODY));
    }

    @Test
    void signatureMadeWithAnotherSecretIsRefusedWithSignatureInvalid() {
        String timestamp = Long.toString(clock.millis());
        String forged = RequestSigner.sign(SignType.MD5, account.userId().value(), BODY, timestamp, Fixtures.OTHER_SECRET);
        assertRefused(() -> verifier.verify(account, new SignedHeaders("md5", timestamp, forged), BODY));
    }

    @Test
    void tamperedBodyIsRefusedWithSignatureInvalid() {
        SignedHeaders headers = signed(SignType.MD5, clock.millis(), BODY);
        byte[] tampered = "{\"userId\": \"U_10BF4B46DD4811EA93476C96CFDDE73D\", \"params\": {\"a\":1}}".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> verifier.verify(account, headers, tampered));
    }

    @Test
    void hmacSignatureOfTamperedBodyIsRefused() {
        SignedHeaders headers = signed(SignType.HMAC_SHA256, clock.millis(), BODY);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 2] = ' ';
        assertRefused(() -> verifier.verify(account, headers, tampered));
    }

    @Test
    void signatureOfOneAlgorithmPresentedAsTheOtherIsRefused() {
        SignedHeaders md5 = signed(SignType.MD5, clock.millis(), BODY);
        assertRefused(() -> verifier.verify(account, new SignedHeaders("HmacSHA256", md5.timestamp(), md5.requestSign()), BODY));
    }

    @Test
    void missingSignTypeIsRefused() {
        SignedHeaders headers = signed(SignType.MD5, clock.millis(), BODY);
        assertRefused(() -> verifier.verify(account, new SignedHeaders(null, headers.timestamp(), headers.requestSign()), BODY));
    }

    @Test
    void missingTimestampIsRefused() {
        SignedHeaders headers = signed(SignType.MD5, clock.millis(), BODY);
        assertRefused(() -> verifier.verify(account, new SignedHeaders(headers.signType(), null, headers.requestSign()), BODY));
    }

    @Test
    void blankTimestampIsRefused() {
        SignedHeaders headers = signed(SignType.MD5, clock.millis(), BODY);
        assertRefused(() -> verifier.verify(account, new SignedHeaders(headers.signType(), "  ", headers.requestSign()), BODY));
    }

    @Test
    void missingRequestSignIsRefused() {
        SignedHeaders headers = signed(SignType.MD5, clock.millis(), BODY);
        assertRefused(() -> verifier.verify(account, new SignedHeaders(headers.signType(), headers.timestamp(), null), BODY));
    }

    @Test
    void emptyRequestSignIsRefused() {
        SignedHeaders headers = signed(SignType.MD5, clock.millis(), BODY);
        assertRefused(() -> verifier.verify(account, new SignedHeaders(headers.signType(), headers.timestamp(), ""), BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1597388950604.0", "-1597388950604", "1e12", "0x17"})
    void nonNumericTimestampIsRefused(String timestamp) {
        // Signed over the very timestamp string, so only its shape can be the reason for the refusal.
        String sign = RequestSigner.sign(SignType.MD5, account.userId().value(), BODY, timestamp, account.secretKey());
        assertRefused(() -> verifier.verify(account, new SignedHeaders("md5", timestamp, sign), BODY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sha1", "md4", "HmacSHA1", "none", ""})
    void unknownSignTypeIsRefused(String signType) {
        SignedHeaders headers = signed(SignType.MD5, clock.millis(), BODY);
        assertRefused(() -> verifier.verify(account, new SignedHeaders(signType, headers.timestamp(), headers.requestSign()), BODY));
    }

    @Test
    void staleTimestampFiveMinutesAndOneMillisecondOldIsRefused() {
        long stale = clock.millis() - FIVE_MINUTES - 1;
        assertRefused(() -> verifier.verify(account, signed(SignType.MD5, stale, BODY), BODY));
    }

    @Test
    void futureTimestampFiveMinutesAndOneMillisecondAheadIsRefused() {
        long future = clock.millis() + FIVE_MINUTES + 1;
        assertRefused(() -> verifier.verify(account, signed(SignType.HMAC_SHA256, future, BODY), BODY));
    }

    @Test
    void timestampExactlyFiveMinutesOldPasses() {
        long edge = clock.millis() - FIVE_MINUTES;
        assertDoesNotThrow(() -> verifier.verify(account, signed(SignType.MD5, edge, BODY), BODY));
    }

    @Test
    void timestampExactlyFiveMinutesAheadPasses() {
        long edge = clock.millis() + FIVE_MINUTES;
        assertDoesNotThrow(() -> verifier.verify(account, signed(SignType.MD5, edge, BODY), BODY));
    }

    @Test
    void aSignatureThatWasValidIsRefusedOnceTheClockMovesOnFiveMinutesAndOneMillisecond() {
        SignedHeaders headers = signed(SignType.MD5, clock.millis(), BODY);
        assertDoesNotThrow(() -> verifier.verify(account, headers, BODY));
        clock.advance(java.time.Duration.ofMillis(FIVE_MINUTES + 1));
        assertRefused(() -> verifier.verify(account, headers, BODY));
    }

    @Test
    void maxClockSkewIsFiveMinutes() {
        assertEquals(FIVE_MINUTES, SignatureVerifier.MAX_CLOCK_SKEW.toMillis());
    }
}
