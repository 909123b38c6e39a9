package io.quorum.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes request signatures exactly as the ByteBridge spec's clients do:
 * {@code userID=<userId>&Body=<raw body>&SignType=md5&Timestamp=<ms>&secretKey=<secret>}, MD5,
 * upper-case hex. The body enters as the raw bytes that were sent, never re-serialised.
 */
public final class RequestSigner {

    private RequestSigner() {
    }

    public static String sign(SignType type, String userId, byte[] rawBody, String timestamp, SecretKey secret) {
        return sign(type, type.wireName(), userId, rawBody, timestamp, secret);
    }

    /** As above, with the {@code SignType} header's value exactly as the client sent it in the sign string. */
    public static String sign(SignType type, String signTypeAsSent, String userId, byte[] rawBody, String timestamp, SecretKey secret) {
        byte[] signString = signString(type, signTypeAsSent, userId, rawBody, timestamp, secret);
        try {
            byte[] digest = switch (type) {
                case MD5 -> MessageDigest.getInstance("MD5").digest(signString);
                case HMAC_SHA256 -> {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
                    yield mac.doFinal(signString);
                }
            };
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks a standard algorithm", e);
        }
    }

    static byte[] signString(SignType type, String userId, byte[] rawBody, String timestamp, SecretKey secret) {
        return signString(type, type.wireName(), userId, rawBody, timestamp, secret);
    }

    static byte[] signString(SignType type, String signTypeAsSent, String userId, byte[] rawBody, String timestamp, SecretKey secret) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rawBody.length + 160);
        out.writeBytes(("userID=" + userId + "&Body=").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(rawBody);
        out.writeBytes(("&SignType=" + signTypeAsSent + "&Timestamp=" + timestamp).getBytes(StandardCharsets.UTF_8));
        if (type == SignType.MD5) {
            out.writeBytes("&secretKey=".getBytes(StandardCharsets.UTF_8));
            out.writeBytes(secret.bytes());
        }
        return out.toByteArray();
    }
}
