package io.quorum.local;

import java.util.Map;
import java.util.Optional;

/**
 * The local counterparts of the template's resources, by logical id.
 *
 * @param tables  logical id to table name
 * @param queues  logical id to queue URL
 * @param buckets logical id to bucket name
 */
public record LocalResources(Map<String, String> tables, Map<String, String> queues, Map<String, String> buckets) {

    public LocalResources {
        tables = UnmodifiableOrdered.copyOf(tables);
        queues = UnmodifiableOrdered.copyOf(queues);
        buckets = UnmodifiableOrdered.copyOf(buckets);
    }

    public Optional<String> queueName(String logicalId) {
        return Optional.ofNullable(queues.get(logicalId)).map(LocalNames::queueNameOfUrl);
    }
}
