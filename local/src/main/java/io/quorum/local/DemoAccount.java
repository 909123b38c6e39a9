package io.quorum.local;

import io.quorum.auth.Email;
import io.quorum.auth.RequestSigner;
import io.quorum.auth.SecretKey;
import io.quorum.auth.SeedAccount;
import io.quorum.auth.SignType;
import io.quorum.auth.UserId;
import io.quorum.functions.wiring.AwsPorts;
import io.quorum.time.Clock;
import java.util.Objects;

/** The account the local stack creates at start, so that signed requests work out of the box. */
public record DemoAccount(String userId, String secretKey) {

    /** The sample userId of the ByteBridge spec. */
    public static final String DEFAULT_USER_ID = "U_10BF4B46DD4811EA93476C96CFDDE73D";
    public static final String DEFAULT_SECRET_KEY = "test_78pbttim3mykypuoswidgzor6fv1u2rj";
    private static final String EMAIL_DOMAIN = "@quorum.local";

    public DemoAccount {
        // Validated by the domain types, so a bad --demo-user-id fails before anything starts.
        new UserId(Objects.requireNonNull(userId, "userId"));
        new SecretKey(Objects.requireNonNull(secretKey, "secretKey"));
    }

    public static DemoAccount defaults() {
        return new DemoAccount(DEFAULT_USER_ID, DEFAULT_SECRET_KEY);
    }

    /**
     * Creates or updates the account through the production use case and store. The JVM must
     * already point at the emulators ({@link JvmConfiguration}), since the AWS ports read that configuration.
     */
    public void seed() {
        new SeedAccount(new AwsPorts().accounts(), Clock.system())
                .execute(new UserId(userId), new SecretKey(secretKey), new Email(email()));
    }

    /**
     * One address per demo id, so that restarting on the same data directory with another
     * {@code --demo-user-id} provisions a second demo account instead of colliding on the e-mail.
     */
    public String email() {
        return "demo-" + userId.toLowerCase(java.util.Locale.ROOT) + EMAIL_DOMAIN;
    }

    /** The RequestSign header value for a body sent at {@code timestampMillis}. */
    public String sign(SignType type, byte[] rawBody, String timestampMillis) {
        return sign(type, type.wireName(), rawBody, timestampMillis);
    }

    /** As above, for a request whose SignType header reads {@code signTypeAsSent}. */
    public String sign(SignType type, String signTypeAsSent, byte[] rawBody, String timestampMillis) {
        return RequestSigner.sign(type, signTypeAsSent, userId, rawBody, timestampMillis, new SecretKey(secretKey));
    }

    @Override
    public String toString() {
        return "DemoAccount[userId=" + userId + ", secretKey=***]";
    }
}
