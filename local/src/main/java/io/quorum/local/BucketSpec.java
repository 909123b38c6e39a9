package io.quorum.local;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code AWS::S3::Bucket}; its properties (encryption, public access) have no local effect.
 *
 * @param bucketName the explicit {@code BucketName}, when the template gives one (often a
 *                   {@code !Sub} of pseudo parameters, so that other resources can name the bucket
 *                   without a {@code !Ref} that would make a circular dependency)
 */
public record BucketSpec(String logicalId, Optional<TemplateValue> bucketName) {

    public BucketSpec {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(bucketName, "bucketName");
    }

    public BucketSpec(String logicalId) {
        this(logicalId, Optional.empty());
    }
}
