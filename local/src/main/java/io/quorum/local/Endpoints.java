package io.quorum.local;

import java.net.URI;
import java.util.Objects;

/** Where the three emulators listen. */
public record Endpoints(URI dynamoDb, URI sqs, URI s3) {

    public Endpoints {
        Objects.requireNonNull(dynamoDb, "dynamoDb");
        Objects.requireNonNull(sqs, "sqs");
        Objects.requireNonNull(s3, "s3");
    }
}
