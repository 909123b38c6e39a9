package io.quorum.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JVM-wide settings that make production code talk to the emulators: the AWS SDK's endpoint,
 * region and credential system properties, and the functions' environment variables as system
 * properties (io.quorum.config.Environment falls back to them; a JVM cannot set its own
 * environment).
 *
 * <p>Applied at most once per JVM with one set of endpoints: SDK clients held in static fields
 * keep the endpoint they were built with, so re-pointing the JVM later would leave some code on
 * the old emulators. Applying the same endpoints again is allowed and idempotent.
 */
public final class JvmConfiguration {

    public static final String S3_FORCE_PATH_STYLE = "S3_FORCE_PATH_STYLE";

    private static Endpoints applied;

    private JvmConfiguration() {
    }

    public static synchronized void apply(Endpoints endpoints, Map<String, String> environment) {
        Objects.requireNonNull(endpoints, "endpoints");
        if (applied != null && !applied.equals(endpoints)) {
            throw new IllegalStateException("This JVM already talks to the emulators at " + applied
                    + "; static SDK clients keep their first endpoint, so only one EmbeddedAws per JVM can serve the functions");
        }
        sdkProperties(endpoints).forEach(System::setProperty);
        environment.forEach(System::setProperty);
        applied = endpoints;
    }

    /** The endpoints this JVM was pointed at, if any. */
    public static synchronized java.util.Optional<Endpoints> applied() {
        return java.util.Optional.ofNullable(applied);
    }

    static Map<String, String> sdkProperties(Endpoints endpoints) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("aws.endpointUrlDynamoDb", endpoints.dynamoDb().toString());
        properties.put("aws.endpointUrlSqs", endpoints.sqs().toString());
        properties.put("aws.endpointUrlS3", endpoints.s3().toString());
        properties.put("aws.region", LocalNames.REGION);
        properties.put("aws.accessKeyId", LocalNames.ACCESS_KEY_ID);
        properties.put("aws.secretAccessKey", LocalNames.SECRET_ACCESS_KEY);
        properties.put(S3_FORCE_PATH_STYLE, "true");
        return properties;
    }
}
