package io.quorum.auth;

import io.quorum.error.DomainException;
import io.quorum.error.Failure;
import io.quorum.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;

/** Checks that a request was signed by the account it names, recently. */
public final class SignatureVerifier {

    /** The spec's window: a timestamp further than this from the server clock is refused. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    public SignatureVerifier(Clock clock) {
        this.clock = clock;
    }

    public void verify(Account account, SignedHeaders headers, byte[] rawBody) {
        verify(account.userId().value(), account.secretKey(), headers, rawBody);
    }

    /** For any caller that signs like a v1 customer: a worker signs with its workerId in the userId place. */
    public void verify(String callerId, SecretKey secretKey, SignedHeaders headers, byte[] rawBody) {
        SignType type = SignType.fromHeader(headers.signType()).orElseThrow(() -> refused(
                headers.signType() == null ? "SignType header is missing" : "SignType must be md5 or HmacSHA256"));
        String timestamp = headers.timestamp();
        if (timestamp == null || timestamp.isBlank()) {
            throw refused("Timestamp header is missing");
        }
        timestamp = timestamp.trim();
        if (!timestamp.matches("[0-9]{1,15}")) {
            throw refused("Timestamp header must be milliseconds since the epoch");
        }
        if (headers.requestSign() == null || headers.requestSign().isBlank()) {
            throw refused("RequestSign header is missing");
        }
        // The sign string holds the SignType exactly as sent: the client signs what it sends.
        String expected = RequestSigner.sign(type, headers.signType().trim(), callerId, rawBody, timestamp, secretKey);
        String presented = headers.requestSign().trim().toUpperCase(Locale.ROOT);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII))) {
            throw refused("RequestSign does not match the request");
        }
        long skewMillis = Math.abs(clock.now().toEpochMilli() - Long.parseLong(timestamp));
        if (skewMillis > MAX_CLOCK_SKEW.toMillis()) {
            throw refused("Timestamp is more than 5 minutes away from the server clock");
        }
    }

    private static DomainException refused(String detail) {
        return new DomainException(Failure.SIGNATURE_INVALID, detail);
    }
}
