package io.quorum.auth;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Mints new ids and secrets from a cryptographically strong source. */
public final class CredentialFactory {

    private static final char[] SECRET_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int SECRET_LENGTH = 32;

    private final SecureRandom random;

    public CredentialFactory() {
        this(new SecureRandom());
    }

    CredentialFactory(SecureRandom random) {
        this.random = random;
    }

    public UserId newUserId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return new UserId("U_" + HexFormat.of().withUpperCase().formatHex(bytes));
    }

    /** Shaped like the spec's sample key ({@code test_} + 32 characters), with a {@code live_} prefix. */
    public SecretKey newSecretKey() {
        StringBuilder secret = new StringBuilder("live_");
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(SECRET_ALPHABET[random.nextInt(SECRET_ALPHABET.length)]);
        }
        return new SecretKey(secret.toString());
    }
}
