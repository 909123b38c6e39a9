package io.quorum.local;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An {@code AWS::DynamoDB::Table}: what DynamoDB Local needs to create an equivalent table. */
public record TableSpec(
        String logicalId,
        Optional<String> billingMode,
        List<AttributeDefinition> attributeDefinitions,
        List<KeyElement> keySchema,
        List<SecondaryIndex> localSecondaryIndexes,
        List<SecondaryIndex> globalSecondaryIndexes) {

    public TableSpec {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(billingMode, "billingMode");
        attributeDefinitions = List.copyOf(attributeDefinitions);
        keySchema = List.copyOf(keySchema);
        localSecondaryIndexes = List.copyOf(localSecondaryIndexes);
        globalSecondaryIndexes = List.copyOf(globalSecondaryIndexes);
    }

    /** @param type S, N or B */
    public record AttributeDefinition(String name, String type) {
    }

    /** @param keyType HASH or RANGE */
    public record KeyElement(String attributeName, String keyType) {
    }

    /** @param projectionType ALL, KEYS_ONLY or INCLUDE (with {@code nonKeyAttributes}) */
    public record Projection(String projectionType, List<String> nonKeyAttributes) {
        public Projection {
            nonKeyAttributes = List.copyOf(nonKeyAttributes);
        }
    }

    public record SecondaryIndex(String indexName, List<KeyElement> keySchema, Projection projection) {
        public SecondaryIndex {
            keySchema = List.copyOf(keySchema);
        }
    }
}
