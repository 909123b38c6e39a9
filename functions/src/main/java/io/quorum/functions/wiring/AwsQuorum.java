package io.quorum.functions.wiring;

import io.quorum.app.Quorum;

/** The container's one application, on the AWS adapters: what every handler's no-argument constructor uses. */
public final class AwsQuorum {

    private static final class Holder {
        static final Quorum QUORUM = Quorum.from(new AwsPorts());
    }

    private AwsQuorum() {
    }

    public static Quorum get() {
        return Holder.QUORUM;
    }
}
