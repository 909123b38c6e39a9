package io.quorum.local;

import java.util.Objects;

/** An {@code AWS::S3::Bucket}; its properties (encryption, public access) have no local effect. */
public record BucketSpec(String logicalId) {

    public BucketSpec {
        Objects.requireNonNull(logicalId, "logicalId");
    }
}
